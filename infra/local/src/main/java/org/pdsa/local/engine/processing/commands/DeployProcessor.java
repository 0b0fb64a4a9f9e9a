package org.pdsa.local.engine.processing.commands;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.pdsa.local.engine.model.BpmnTransformer;
import org.pdsa.local.engine.model.DeploymentProblem;
import org.pdsa.local.engine.model.ExecutableProcess;
import org.pdsa.local.engine.processing.Command;
import org.pdsa.local.engine.processing.CommandProcessor;
import org.pdsa.local.engine.processing.ProcessingContext;
import org.pdsa.local.engine.processing.Rejection;
import org.pdsa.local.engine.state.Deployments;
import org.pdsa.local.engine.state.FormDefinition;
import org.pdsa.local.engine.state.ProcessDefinition;
import org.pdsa.local.engine.state.Resource;

/**
 * Deploys BPMN, DMN and form files all or nothing: every file is checked first and any problem
 * rejects the whole deployment (400, naming file, element and reason). A file identical to the
 * latest deployed version is not deployed again; its existing definition is returned.
 */
public final class DeployProcessor implements CommandProcessor {

    @Override
    public void process(Command command, ProcessingContext context) {
        Deploy deploy = (Deploy) command.payload();
        if (deploy.resources().isEmpty()) {
            context.reject(Rejection.invalidArgument("Expected to deploy at least one resource, but none given"));
            return;
        }
        Map<String, BpmnTransformer.Result> bpmn = new LinkedHashMap<>();
        Map<String, DecisionDeployment.Checked> dmn = new LinkedHashMap<>();
        List<String> problems = new ArrayList<>();
        for (Deploy.File file : deploy.resources()) {
            try {
                switch (ResourceKinds.of(file.name())) {
                    case BPMN -> {
                        BpmnTransformer.Result result = deploy.transformed() != null && deploy.transformed().containsKey(file.name())
                                ? deploy.transformed().get(file.name())
                                : new BpmnTransformer(context.expressions()).transform(file.name(), file.content());
                        bpmn.put(file.name(), result);
                        for (DeploymentProblem problem : result.problems()) problems.add("'" + file.name() + "': " + problem);
                    }
                    case DMN -> dmn.put(file.name(), DecisionDeployment.check(file, context));
                    case FORM -> ResourceKinds.formId(file.content());
                    case UNSUPPORTED -> problems.add("'" + file.name()
                            + "': the resource type is not supported (expected .bpmn, .dmn or .form)");
                }
            } catch (IllegalArgumentException e) {
                problems.add("'" + file.name() + "': " + e.getMessage());
            }
        }
        if (!problems.isEmpty()) {
            context.reject(Rejection.invalidArgument("Expected to deploy new resources, but encountered the following errors:\n"
                    + String.join("\n", problems)));
            return;
        }
        long deploymentKey = context.nextKey();
        List<DeploymentResult.Deployed> deployed = new ArrayList<>();
        for (Deploy.File file : deploy.resources()) {
            switch (ResourceKinds.of(file.name())) {
                case BPMN -> deployProcesses(file, bpmn.get(file.name()).processes(), deploymentKey, deploy.tenantId(), deployed, context);
                case DMN -> DecisionDeployment.deploy(file, dmn.get(file.name()), deploymentKey, deploy.tenantId(), deployed, context);
                case FORM -> deployForm(file, deploymentKey, deploy.tenantId(), deployed, context);
                case UNSUPPORTED -> throw new IllegalStateException("checked above");
            }
        }
        context.respond(new DeploymentResult(deploymentKey, deploy.tenantId(), deployed));
    }

    private static void deployProcesses(Deploy.File file, List<ExecutableProcess> processes, long deploymentKey, String tenant,
                                        List<DeploymentResult.Deployed> deployed, ProcessingContext context) {
        Deployments deployments = context.state().deployments();
        String checksum = ResourceKinds.checksum(file.content());
        Resource resource = null;
        for (ExecutableProcess process : processes) {
            ProcessDefinition latest = deployments.latestProcess(process.bpmnProcessId());
            ProcessDefinition definition;
            if (latest != null && latest.checksum().equals(checksum) && latest.resourceName().equals(file.name())) {
                definition = latest; // unchanged: Zeebe keeps the existing version
            } else {
                long key = context.nextKey();
                if (resource == null) resource = new Resource(key, file.name(), file.content(), checksum, deploymentKey, tenant);
                definition = new ProcessDefinition(key, process.bpmnProcessId(), latest == null ? 1 : latest.version() + 1,
                        file.name(), checksum, deploymentKey, tenant, process, resource);
                deployments.addProcess(definition);
                context.events().processDeployed(definition);
            }
            deployed.add(new DeploymentResult.Deployed(new DeploymentResult.ProcessDeployed(definition.bpmnProcessId(),
                    definition.version(), definition.resourceName(), definition.tenantId(), definition.key()), null, null, null));
        }
    }

    private static void deployForm(Deploy.File file, long deploymentKey, String tenant, List<DeploymentResult.Deployed> deployed,
                                   ProcessingContext context) {
        Deployments deployments = context.state().deployments();
        String formId = ResourceKinds.formId(file.content());
        String checksum = ResourceKinds.checksum(file.content());
        FormDefinition latest = deployments.latestForm(formId);
        FormDefinition form = latest;
        if (latest == null || !latest.resource().checksum().equals(checksum)) {
            long key = context.nextKey();
            form = new FormDefinition(key, formId, latest == null ? 1 : latest.version() + 1,
                    new Resource(key, file.name(), file.content(), checksum, deploymentKey, tenant));
            deployments.addForm(form);
        }
        deployed.add(new DeploymentResult.Deployed(null, null, null, new DeploymentResult.FormDeployed(form.formId(),
                form.version(), form.resource().name(), tenant, form.key())));
    }
}
