package org.pdsa.local.engine.processing.commands;

import java.util.List;
import org.pdsa.local.engine.decision.DmnDocument;
import org.pdsa.local.engine.feel.EvalResult;
import org.pdsa.local.engine.processing.ProcessingContext;
import org.pdsa.local.engine.state.DecisionDefinition;
import org.pdsa.local.engine.state.DecisionRequirements;
import org.pdsa.local.engine.state.Decisions;
import org.pdsa.local.engine.state.Resource;

/**
 * The DMN part of a deployment: each file is parsed by the decision engine first (a problem
 * rejects the deployment, naming the decision); then its decision requirements graph and its
 * decisions get new versions, unless the file is identical to the latest deployed one.
 */
final class DecisionDeployment {
    /** A DMN file that parsed, ready to deploy. */
    record Checked(DmnDocument document, Object parsed) {}

    private DecisionDeployment() {}

    /** Parses the file; throws IllegalArgumentException with the reason when it cannot be deployed. */
    static Checked check(Deploy.File file, ProcessingContext context) {
        DmnDocument document = DmnDocument.read(file.content());
        EvalResult<Object> parsed = context.decisions().parse(file.content(), document);
        if (parsed.failed()) throw new IllegalArgumentException(parsed.message());
        return new Checked(document, parsed.get());
    }

    static void deploy(Deploy.File file, Checked checked, long deploymentKey, String tenant,
                       List<DeploymentResult.Deployed> deployed, ProcessingContext context) {
        Decisions decisions = context.state().decisions();
        DmnDocument document = checked.document();
        String checksum = ResourceKinds.checksum(file.content());
        DecisionRequirements latest = decisions.latestRequirements(document.id());
        if (latest != null && latest.resource().checksum().equals(checksum) && latest.resource().name().equals(file.name())) {
            for (DecisionDefinition decision : decisions.decisionsOf(latest.key())) deployed.add(deployedDecision(decision));
            deployed.add(deployedRequirements(latest, tenant)); // unchanged: Zeebe keeps the existing versions
            return;
        }
        long requirementsKey = context.nextKey();
        Resource resource = new Resource(requirementsKey, file.name(), file.content(), checksum, deploymentKey, tenant);
        context.state().deployments().addOtherResource(resource);
        DecisionRequirements requirements = new DecisionRequirements(requirementsKey, document.id(), document.name(),
                latest == null ? 1 : latest.version() + 1, resource);
        requirements.setParsed(checked.parsed());
        decisions.add(requirements);
        for (DmnDocument.Decision decision : document.decisions()) {
            DecisionDefinition previous = decisions.latest(decision.id());
            DecisionDefinition definition = new DecisionDefinition(context.nextKey(), decision.id(), decision.name(),
                    previous == null ? 1 : previous.version() + 1, decision.versionTag(), requirementsKey, document.id(),
                    deploymentKey, tenant);
            decisions.add(definition);
            deployed.add(deployedDecision(definition));
        }
        deployed.add(deployedRequirements(requirements, tenant));
    }

    private static DeploymentResult.Deployed deployedDecision(DecisionDefinition d) {
        return new DeploymentResult.Deployed(null, new DeploymentResult.DecisionDeployed(d.decisionId(), d.version(), d.name(),
                d.tenantId(), d.decisionRequirementsId(), d.key(), d.decisionRequirementsKey()), null, null);
    }

    private static DeploymentResult.Deployed deployedRequirements(DecisionRequirements r, String tenant) {
        return new DeploymentResult.Deployed(null, null, new DeploymentResult.DecisionRequirementsDeployed(
                r.decisionRequirementsId(), r.name(), r.version(), r.resource().name(), tenant, r.key()), null);
    }
}
