package org.pdsa.local.template;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.pdsa.local.lambda.DeploymentPackage;

/** template.yaml as CloudFormation and SAM read it: references resolve, every function is set up alike. */
class TemplateStructureTest {

    private static final SamTemplate TEMPLATE = SamTemplate.locate();

    @Test
    void shouldBeASamTemplate() {
        assertThat(TEMPLATE.root()).containsEntry("AWSTemplateFormatVersion", "2010-09-09")
                .containsEntry("Transform", "AWS::Serverless-2016-10-31");
        assertThat(TEMPLATE.resources()).isNotEmpty();
    }

    @Test
    void shouldReferOnlyToDeclaredParametersResourcesAttributesAndConditions() {
        assertThat(TemplateReferences.danglingIn(TEMPLATE)).isEmpty();
    }

    @Test
    void shouldFindADanglingReference() {
        // given the test's own guard: a copy of the template with a typo in a Ref, a Sub and a condition
        SamTemplate broken = TemplateFiles.withText(TEMPLATE, text -> text
                .replace("TABLE_NAME: !Ref Table", "TABLE_NAME: !Ref Tabel")
                .replace("${Table.Arn}/index/*", "${Table.Ern}/index/*")
                .replace("Condition: HasCognitoDomain", "Condition: HasCognitoDomian"));

        // when
        List<String> problems = TemplateReferences.danglingIn(broken);

        // then
        assertThat(problems).anyMatch(p -> p.contains("Ref Tabel"))
                .anyMatch(p -> p.contains("has no attribute Ern"))
                .anyMatch(p -> p.contains("condition HasCognitoDomian"));
    }

    @Test
    void shouldDeclareEveryParameterWithATypeAndADescription() {
        TEMPLATE.parameters().forEach((name, definition) -> {
            Map<String, Object> parameter = SamTemplate.map(definition, name);
            assertThat(parameter).as(name).containsEntry("Type", "String").containsKey("Description");
        });
    }

    @Test
    void shouldRunEveryFunctionLikeTheColdStartBenchmarkMeasuresIt() {
        for (TemplateFunction function : TEMPLATE.functions()) {
            String name = function.logicalId();
            // java21 runs on Amazon Linux 2023; java17 (Amazon Linux 2) is deprecated on 2026-06-30
            assertThat(function.runtime()).as(name).isEqualTo("java21");
            assertThat(function.property("Architectures")).as(name).isEqualTo(List.of("x86_64"));
            assertThat(function.property("CodeUri")).as(name)
                    .isEqualTo(DeploymentPackage.RELATIVE_PATH.toString().replace('\\', '/'));
            assertThat(function.property("SnapStart")).as(name).isEqualTo(Map.of("ApplyOn", "PublishedVersions"));
            assertThat(function.property("AutoPublishAlias")).as(name).isEqualTo("live");
            assertThat(SamTemplate.map(function.property("LoggingConfig"), name)).as(name)
                    .containsEntry("LogFormat", "JSON");
            assertThat(function.memorySize()).as(name).isBetween(512, 3008);
            assertThat(function.timeout()).as(name).isBetween(1, 900);
        }
    }

    @Test
    void shouldOutputTheApiUrlTheTableTheWebAppAndEveryFunctionsArn() {
        assertThat(TEMPLATE.outputs()).containsKeys("ApiUrl", "TableName", "WebUrl", "WebBucketName",
                "WebBuildCommand", "WebUploadCommand");
        for (TemplateFunction function : TEMPLATE.functions()) {
            Map<String, Object> output = SamTemplate.map(TEMPLATE.outputs().get(function.logicalId() + "Arn"),
                    function.logicalId() + "Arn");
            assertThat(output.get("Value")).isEqualTo(Map.of("Fn::GetAtt", List.of(function.logicalId(), "Arn")));
        }
    }

    @Test
    void shouldBuildTheWebAppWithItsOwnScriptAndSignInBackToItsCallbackPage() {
        // given the stack's values with the Cognito pool
        TemplateValues values = TemplateValues.of(TEMPLATE, "pdsa", "eu-west-2", "123456789012")
                .parameter("CamundaRestAddress", "https://camunda.example.org")
                .reference("UserPool", "eu-west-2_AbC").reference("UserPoolClient", "client1").reference("WebBucket", "bucket")
                .reference("WebDistribution", "E123").attribute("HttpApi", "ApiEndpoint", "https://api.example.org")
                .attribute("WebDistribution", "DomainName", "d111.cloudfront.net");

        // when the outputs and the app client are resolved
        String build = values.text(SamTemplate.map(TEMPLATE.outputs().get("WebBuildCommand"), "out").get("Value"));
        Object callbacks = values.resolve(SamTemplate.map(TEMPLATE.resource("UserPoolClient").get("Properties"), "client")
                .get("CallbackURLs"));

        // then the command is web/'s own build script with this stack's API, issuer and client, and the redirect
        // URI is the page the app signs in back to
        assertThat(TEMPLATE.file().resolveSibling(build.substring(0, build.indexOf(' ')))).isRegularFile();
        assertThat(build).contains("--api https://api.example.org",
                "--issuer https://cognito-idp.eu-west-2.amazonaws.com/eu-west-2_AbC", "--client-id client1",
                "--redirect-uri https://d111.cloudfront.net/callback.html", "--bearer id_token");
        assertThat(callbacks).isEqualTo(List.of("https://d111.cloudfront.net/callback.html"));
        assertThat(TEMPLATE.file().resolveSibling("web/public/callback.html")).isRegularFile();
        assertThat(TEMPLATE.file().resolveSibling("web/public/404.html")).isRegularFile();
    }

    @Test
    void shouldSignOutThroughCognitosHostedPagesWithAQuotedAddressTheShellKeepsWhole() throws Exception {
        // given the Cognito pool with its sign-in domain, and then the same stack without a domain
        TemplateValues withDomain = cognitoStack().parameter("CognitoDomainPrefix", "pdsa-demo");
        TemplateValues withoutDomain = cognitoStack();

        // when the build commands are resolved
        Object command = SamTemplate.map(TEMPLATE.outputs().get("WebBuildCommand"), "out").get("Value");
        String build = withDomain.text(command);

        // then the sign-out address is Cognito's logout back to the start page, one argument after eval
        String url = "https://pdsa-demo.auth.eu-west-2.amazoncognito.com/logout?client_id=client1"
                + "&logout_uri=https://d111.cloudfront.net/index.html";
        assertThat(build).endsWith("--sign-out-url '" + url + "'");
        Process shell = new ProcessBuilder("bash", "-c", "eval \"$0\"",
                "printf '%s\\n'" + build.substring(build.indexOf(' '))).redirectErrorStream(true).start();
        String arguments = new String(shell.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        assertThat(shell.waitFor()).isZero();
        assertThat(arguments.lines().toList()).endsWith("--sign-out-url", url);
        assertThat(withoutDomain.text(command)).doesNotContain("--sign-out-url");
    }

    private static TemplateValues cognitoStack() {
        return TemplateValues.of(TEMPLATE, "pdsa", "eu-west-2", "123456789012")
                .parameter("CamundaRestAddress", "https://camunda.example.org")
                .reference("UserPool", "eu-west-2_AbC").reference("UserPoolClient", "client1").reference("WebBucket", "bucket")
                .reference("WebDistribution", "E123").attribute("HttpApi", "ApiEndpoint", "https://api.example.org")
                .attribute("WebDistribution", "DomainName", "d111.cloudfront.net");
    }

    @Test
    void shouldKeepTheDataWhenTheStackGoes() {
        for (String retained : List.of("Table", "UserPool")) {
            assertThat(TEMPLATE.resource(retained)).as(retained).containsEntry("DeletionPolicy", "Retain")
                    .containsEntry("UpdateReplacePolicy", "Retain");
        }
    }
}
