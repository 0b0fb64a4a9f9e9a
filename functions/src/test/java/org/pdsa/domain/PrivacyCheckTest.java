package org.pdsa.domain;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class PrivacyCheckTest {

    @ParameterizedTest
    @ValueSource(strings = {
        "Patient 9434765919 waited too long",
        "seen: 943 476 5919",
        "ref 943-476-5919.",
        "(4010232137)",
        "NHS no 485 777 3457 at triage"})
    void shouldRefuseTextWithAnNhsNumberInAnyUsualForm(String text) {
        // given free text holding a valid NHS number, together, spaced or hyphenated
        // when
        var problem = PrivacyCheck.problemIn(text);
        // then
        assertThat(problem).hasValue(PrivacyCheck.NHS_NUMBER_REASON);
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "Ten digits with a wrong check digit: 9434765918",
        "check value ten: 1234567890",
        "phone 020 7946 0958 or 01632 960123",
        "eleven digits 94347659190",
        "a measured rate of 9434765919.5 per million",
        "mixed separators 943 476-5919"})
    void shouldAcceptDigitsThatAreNotAValidNhsNumber(String text) {
        assertThat(PrivacyCheck.problemIn(text)).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "Patient born 12/03/1980 was readmitted",
        "DOB: 1980-03-12",
        "d.o.b. 12.03.80",
        "Date of birth 3rd of March 1980",
        "the man (born on March 3, 1980) fell",
        "12/03/1980 (DOB)",
        "birthdate 01-02-1975"})
    void shouldRefuseADateNextToABirthCue(String text) {
        assertThat(PrivacyCheck.problemIn(text)).hasValue(PrivacyCheck.BIRTH_DATE_REASON);
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "Test runs from 2024-03-04 to 2024-04-29",
        "Review on 12/03/2025 with the ward team",
        "The newborn clinic opens 4 March 2024",
        "Twelve babies were born last month. Next review 2024-05-06.",
        "Ask about DOB checks at reception; audit planned for 2024-06-03",
        "born", ""})
    void shouldAcceptPlainPlanningDatesAndCuesWithoutADate(String text) {
        assertThat(PrivacyCheck.problemIn(text)).isEmpty();
    }

    @Test
    void shouldNameTheFieldAndNotRepeatTheNumber() {
        // given
        String text = "call about 9434765919";
        // when
        var error = PrivacyCheck.check("plan.who", text).orElseThrow();
        // then
        assertThat(error.field()).isEqualTo("plan.who");
        assertThat(error.reason()).contains("NHS number").doesNotContain("9434765919");
    }

    @Test
    void shouldAcceptNullText() {
        assertThat(PrivacyCheck.problemIn(null)).isEmpty();
    }
}
