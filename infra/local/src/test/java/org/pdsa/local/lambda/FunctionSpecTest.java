package org.pdsa.local.lambda;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;

class FunctionSpecTest {

    private static final Path ARTIFACT = Path.of("functions/target/pdsa-functions-lambda.zip");

    @Test
    void shouldNameTheFunctionAfterItsHandlerClassWithLambdaDefaults() {
        // when
        FunctionSpec spec = FunctionSpec.of("org.pdsa.api.HealthHandler::handleRequest", Map.of(), ARTIFACT);

        // then
        assertThat(spec.name()).isEqualTo("HealthHandler");
        assertThat(spec.memoryMb()).isEqualTo(512);
        assertThat(spec.timeout()).isEqualTo(Duration.ofSeconds(30));
        assertThat(spec.layers()).isEmpty();
    }

    @Test
    void shouldRefuseVariablesLambdaReserves() {
        assertThatThrownBy(() -> FunctionSpec.of("a.B", Map.of("AWS_REGION", "eu-west-2"), ARTIFACT))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("function B sets AWS_REGION, which Lambda reserves for itself");
    }

    @Test
    void shouldRefuseMemoryAndTimeoutLambdaDoesNotOffer() {
        FunctionSpec spec = FunctionSpec.of("a.B", Map.of(), ARTIFACT);

        assertThatThrownBy(() -> spec.withMemoryMb(64)).hasMessageContaining("128 to 10240 MB");
        assertThatThrownBy(() -> spec.withTimeout(Duration.ofMinutes(16))).hasMessageContaining("1 to 900 seconds");
    }

    @Test
    void shouldRefuseNamesLambdaDoesNotAccept() {
        FunctionSpec spec = FunctionSpec.of("a.B", Map.of(), ARTIFACT);

        assertThatThrownBy(() -> spec.withName("api health")).hasMessageContaining("letters, digits, hyphens");
    }
}
