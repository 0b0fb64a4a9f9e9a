package org.pdsa.local.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.camunda.client.CamundaClient;
import io.camunda.client.api.command.ProblemException;
import io.camunda.client.api.response.DeploymentEvent;
import io.camunda.client.api.response.EvaluateDecisionResponse;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.pdsa.local.engine.testing.LocalEngineTest;

@LocalEngineTest
class DecisionEvaluationTest {

    private static DeploymentEvent deploy(CamundaClient client, String resource) {
        return client.newDeployResourceCommand().addResourceFromClasspath(resource).send().join();
    }

    @Test
    void shouldDeployDecisionsAndTheirRequirementsGraph(CamundaClient client) {
        // when
        DeploymentEvent deployment = deploy(client, "dmn/routing.dmn");

        // then
        assertThat(deployment.getDecisions()).extracting(d -> d.getDmnDecisionId()).containsExactly("decision_route", "decision_level");
        assertThat(deployment.getDecisions()).allSatisfy(d -> {
            assertThat(d.getVersion()).isEqualTo(1);
            assertThat(d.getDmnDecisionRequirementsId()).isEqualTo("drg_routing");
        });
        assertThat(deployment.getDecisionRequirements()).singleElement().satisfies(r -> {
            assertThat(r.getDmnDecisionRequirementsId()).isEqualTo("drg_routing");
            assertThat(r.getResourceName()).isEqualTo("dmn/routing.dmn");
        });
    }

    @Test
    void shouldEvaluateByIdWithTheAuditOfEveryDecisionEvaluated(CamundaClient client) {
        // given
        long routeKey = deploy(client, "dmn/routing.dmn").getDecisions().get(0).getDecisionKey();

        // when
        EvaluateDecisionResponse response = client.newEvaluateDecisionCommand().decisionId("decision_route")
                .variables(Map.of("score", 50)).send().join();

        // then the requested decision's output, with the required decision evaluated first
        assertThat(response.getDecisionId()).isEqualTo("decision_route");
        assertThat(response.getDecisionKey()).isEqualTo(routeKey);
        assertThat(response.getDecisionVersion()).isEqualTo(1);
        assertThat(response.getDecisionRequirementsId()).isEqualTo("drg_routing");
        assertThat(response.getDecisionOutput())
                .isEqualTo("[{\"team\":\"board\",\"days\":2},{\"team\":\"team\",\"days\":5}]");
        assertThat(response.getFailureMessage()).isEmpty();
        assertThat(response.getDecisionEvaluationKey()).isPositive();
        assertThat(response.getEvaluatedDecisions()).extracting(d -> d.getDecisionId()).containsExactly("decision_level", "decision_route");
        var level = response.getEvaluatedDecisions().get(0);
        assertThat(level.getDecisionType()).isEqualTo("LITERAL_EXPRESSION");
        assertThat(level.getDecisionOutput()).isEqualTo("\"high\"");
        var route = response.getEvaluatedDecisions().get(1);
        assertThat(route.getDecisionType()).isEqualTo("DECISION_TABLE");
        assertThat(route.getEvaluatedInputs()).singleElement().satisfies(input -> {
            assertThat(input.getInputId()).isEqualTo("input_level");
            assertThat(input.getInputName()).isEqualTo("Level");
            assertThat(input.getInputValue()).isEqualTo("\"high\"");
        });
        assertThat(route.getMatchedRules()).extracting(r -> r.getRuleId() + "#" + r.getRuleIndex())
                .containsExactly("rule_board#1", "rule_team#2");
        assertThat(route.getMatchedRules().get(0).getEvaluatedOutputs()).extracting(o -> o.getOutputName() + "=" + o.getOutputValue())
                .containsExactly("team=\"board\"", "days=2");
    }

    @Test
    void shouldEvaluateByKeyTheVersionItNames(CamundaClient client) {
        // given version 1, then a changed file as version 2
        long v1 = deploy(client, "dmn/discount.dmn").getDecisions().get(0).getDecisionKey();
        String changed = new String(resource("dmn/discount.dmn"), StandardCharsets.UTF_8).replace("<text>0.1</text>", "<text>0.15</text>");
        var v2 = client.newDeployResourceCommand().addResourceString(changed, StandardCharsets.UTF_8, "discount.dmn").send().join()
                .getDecisions().get(0);
        assertThat(v2.getVersion()).isEqualTo(2);

        // when / then
        assertThat(client.newEvaluateDecisionCommand().decisionKey(v1).variables(Map.of("amount", 500)).send().join()
                .getDecisionOutput()).isEqualTo("0.1");
        assertThat(client.newEvaluateDecisionCommand().decisionId("decision_discount").variables(Map.of("amount", 500)).send().join()
                .getDecisionOutput()).isEqualTo("0.15");
    }

    @Test
    void shouldKeepTheVersionWhenTheSameFileIsDeployedAgain(CamundaClient client) {
        // given
        var first = deploy(client, "dmn/discount.dmn").getDecisions().get(0);

        // when
        var again = deploy(client, "dmn/discount.dmn").getDecisions().get(0);

        // then
        assertThat(again.getDecisionKey()).isEqualTo(first.getDecisionKey());
        assertThat(again.getVersion()).isEqualTo(1);
    }

    @Test
    void shouldAnswerTheFailureAndTheDecisionThatFailed(CamundaClient client) {
        // given a unique hit policy, and an amount two rules match
        deploy(client, "dmn/discount.dmn");

        // when
        EvaluateDecisionResponse response = client.newEvaluateDecisionCommand().decisionId("decision_discount")
                .variables(Map.of("amount", 20000)).send().join();

        // then
        assertThat(response.getFailedDecisionId()).isEqualTo("decision_discount");
        assertThat(response.getFailureMessage()).contains("decision_discount");
        assertThat(response.getDecisionOutput()).isEqualTo("null");
    }

    @Test
    void shouldAnswerNotFoundForAnUnknownDecision(CamundaClient client) {
        assertThatThrownBy(() -> client.newEvaluateDecisionCommand().decisionId("decision_missing").send().join())
                .isInstanceOfSatisfying(ProblemException.class, e -> {
                    assertThat(e.code()).isEqualTo(404);
                    assertThat(e.details().getDetail()).contains("decision_missing");
                });
        assertThatThrownBy(() -> client.newEvaluateDecisionCommand().decisionKey(123456L).send().join())
                .isInstanceOfSatisfying(ProblemException.class, e -> assertThat(e.code()).isEqualTo(404));
    }

    @Test
    void shouldRefuseADmnFileThatDoesNotParseNamingTheDecision(CamundaClient client) {
        assertThatThrownBy(() -> deploy(client, "dmn/broken.dmn"))
                .isInstanceOfSatisfying(ProblemException.class, e -> {
                    assertThat(e.code()).isEqualTo(400);
                    assertThat(e.details().getDetail()).contains("broken.dmn").contains("decision_broken")
                            .doesNotContain("decision_fine");
                });
        assertThatThrownBy(() -> client.newEvaluateDecisionCommand().decisionId("decision_fine").send().join())
                .isInstanceOfSatisfying(ProblemException.class, e -> assertThat(e.code()).isEqualTo(404));
    }

    @Test
    void shouldSearchAndGetDecisionDefinitionsAndTheirXml(CamundaClient client) {
        // given
        deploy(client, "dmn/routing.dmn");
        deploy(client, "dmn/discount.dmn");

        // when
        var found = client.newDecisionDefinitionSearchRequest().filter(f -> f.decisionRequirementsId("drg_routing")).send().join().items();

        // then
        assertThat(found).extracting(d -> d.getDmnDecisionId()).containsExactlyInAnyOrder("decision_route", "decision_level");
        long key = found.get(0).getDecisionKey();
        assertThat(client.newDecisionDefinitionGetRequest(key).send().join().getDmnDecisionId()).isEqualTo(found.get(0).getDmnDecisionId());
        assertThat(client.newDecisionDefinitionGetXmlRequest(key).send().join()).contains("drg_routing");
        assertThat(client.newDecisionDefinitionSearchRequest().send().join().items()).hasSize(3);
    }

    private static byte[] resource(String name) {
        try (var in = DecisionEvaluationTest.class.getClassLoader().getResourceAsStream(name)) {
            return in.readAllBytes();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
