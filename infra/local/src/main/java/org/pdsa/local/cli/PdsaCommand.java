package org.pdsa.local.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code ./pdsa} command line: one subcommand per local-stack task. */
@Command(
        name = "pdsa",
        mixinStandardHelpOptions = true,
        description = "PDSA cycles on Camunda 8 and AWS: the local stack and its tools.",
        subcommands = {
            CommandLine.HelpCommand.class,
            EngineCommand.class,
            SpcCommand.class,
            TokenCommand.class,
            UpCommand.class,
            org.pdsa.local.demo.DemoCommand.class,
            org.pdsa.local.bench.BenchCommand.class,
            org.pdsa.local.deploy.DeployCommand.class,
        })
public final class PdsaCommand implements Runnable {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(System.out);
    }

    public static void main(String[] args) {
        System.exit(new CommandLine(new PdsaCommand()).execute(args));
    }
}
