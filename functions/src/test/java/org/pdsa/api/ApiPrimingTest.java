package org.pdsa.api;

import static org.assertj.core.api.Assertions.assertThatCode;

import org.junit.jupiter.api.Test;

class ApiPrimingTest {

    @Test
    void shouldRunTheRequestPathWithoutAStoreOrAnEngine() {
        // when / then: its sample event reads, its caller and body parse, and its answers are written
        assertThatCode(ApiPriming::requestPath).doesNotThrowAnyException();
    }
}
