package org.pdsa.domain;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class NhsNumberTest {

    @ParameterizedTest
    @ValueSource(strings = {"9434765919", "4010232137", "4857773457", "4000000020"})
    void shouldAcceptNumbersWhoseCheckDigitMatches(String digits) {
        // given a number whose tenth digit is the modulus-11 check of the first nine (4000000020: 11 becomes 0)
        // when / then
        assertThat(NhsNumber.isValid(digits)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"9434765918", "4010232136", "4000000021"})
    void shouldRejectNumbersWithTheWrongCheckDigit(String digits) {
        assertThat(NhsNumber.isValid(digits)).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {"1234567890", "1234567891"})
    void shouldRejectEveryNumberWhoseCheckValueIsTen(String digits) {
        // given 123456789: weights give a check value of 10, which no valid NHS number has
        // when / then
        assertThat(NhsNumber.isValid(digits)).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {"943476591", "94347659190", "943 476 5919", "94347659l9", ""})
    void shouldRejectAnythingButTenDigits(String text) {
        assertThat(NhsNumber.isValid(text)).isFalse();
    }
}
