package org.pdsa.local.bench;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** {@code ./pdsa bench ...}: the benchmarks, one subcommand each. */
@Command(name = "bench", mixinStandardHelpOptions = true, description = "Benchmarks of the local stack and the functions.",
        subcommands = {EngineBenchCommand.class, ColdStartCommand.class, DemoBenchCommand.class})
public final class BenchCommand implements Runnable {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(System.out);
    }
}
