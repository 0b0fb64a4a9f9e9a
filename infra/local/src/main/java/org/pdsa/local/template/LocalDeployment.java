package org.pdsa.local.template;

import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.pdsa.local.lambda.FunctionSpec;

/**
 * template.yaml deployed to the local stack: each function as Lambda would be given it (Handler, memory,
 * timeout, Environment with the template's own intrinsic functions evaluated), with the local stack standing
 * in for AWS and Camunda. Parameter values: the local engine as {@code CamundaRestAddress}, the
 * {@link CredentialsStandIn}'s secret as {@code CamundaCredentialsSecretArn}, {@code NotifyChannel} outbox.
 * Like AWS's own environment for a function, the endpoints of dynalite and of the stand-in secret store are
 * added ({@code AWS_ENDPOINT_URL}, {@code AWS_ENDPOINT_URL_SECRETS_MANAGER}); nothing else is.
 *
 * @param dynamodb dynalite's endpoint
 * @param tableName the table {@code Ref Table} stands for
 * @param camunda the engine's REST root
 * @param secretsManager the stand-in Secrets Manager endpoint
 * @param secretArn the secret it serves
 */
public record LocalDeployment(URI dynamodb, String tableName, URI camunda, URI secretsManager, String secretArn) {

    public static final String STACK_NAME = "pdsa-local";
    public static final String REGION = "eu-west-2";
    public static final String ACCOUNT = "000000000000";

    /** The template's values for this deployment. */
    public TemplateValues values(SamTemplate template) {
        return TemplateValues.of(template, STACK_NAME, REGION, ACCOUNT)
                .parameter("CamundaRestAddress", camunda.toString())
                .parameter("CamundaCredentialsSecretArn", secretArn)
                .parameter("NotifyChannel", "outbox")
                .parameter("NotifyFrom", "pdsa@localhost")
                .reference("Table", tableName)
                .attribute("Table", "Arn", "arn:aws:dynamodb:" + REGION + ":" + ACCOUNT + ":table/" + tableName);
    }

    /** Every function of the template, ready for {@link org.pdsa.local.lambda.FunctionRunner}. */
    public List<FunctionSpec> functions(SamTemplate template, Path artifact) {
        return template.functions().stream().map(function -> function(template, function, artifact)).toList();
    }

    public FunctionSpec function(SamTemplate template, TemplateFunction function, Path artifact) {
        Map<String, String> environment = new LinkedHashMap<>(values(template).environment(function));
        environment.put("AWS_ENDPOINT_URL", dynamodb.toString());
        environment.put("AWS_ENDPOINT_URL_SECRETS_MANAGER", secretsManager.toString());
        return new FunctionSpec(function.logicalId(), function.handler(), artifact, environment, function.memorySize(),
                Duration.ofSeconds(function.timeout()), List.of());
    }
}
