package org.pdsa.local.engine.feel;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ExpressionLanguageTest {
    private final ExpressionLanguage feel = new ExpressionLanguage(() -> 0L);

    private Object evaluate(String text, Map<String, Object> variables) {
        Expression expression = feel.parse(text).get();
        return feel.evaluate(expression, name -> variables.containsKey(name) ? variables.get(name) : VariableLookup.MISSING).get();
    }

    @Test
    void shouldResolveAVariableWhoseNameIsAlsoAContextKey() {
        // given a context literal that copies variables under their own names (feel-engine leaves such names
        // out of the expression's variable names)
        String text = "={changeIdea: changeIdea, question: question, week: 1}";

        // when
        Object value = evaluate(text, Map.of("changeIdea", "Triage nurse at the door", "question", "Fewer breaches?"));

        // then
        assertThat(value).isEqualTo(Map.of("changeIdea", "Triage nurse at the door", "question", "Fewer breaches?", "week", 1L));
    }

    @Test
    void shouldReadNestedJsonValuesFromTheScope() {
        // given
        Map<String, Object> variables = Map.of("plan", Map.of("measures", List.of("breaches", "returns")), "x", 7L);

        // when / then
        assertThat(evaluate("=count(plan.measures) + x", variables)).isEqualTo(9L);
        assertThat(evaluate("=x > 5", variables)).isEqualTo(true);
    }

    @Test
    void shouldTreatAMissingVariableAsNull() {
        // when / then: FEEL's own rule, not an error
        assertThat(evaluate("=missing = null", Map.of())).isEqualTo(true);
    }
}
