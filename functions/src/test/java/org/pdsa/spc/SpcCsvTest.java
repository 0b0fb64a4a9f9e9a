package org.pdsa.spc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.StringReader;
import java.util.List;
import org.junit.jupiter.api.Test;

class SpcCsvTest {

    @Test
    void shouldReadDateAndValueColumnsAfterTheHeader() {
        // given: a spreadsheet export with a byte order mark, quotes, blank lines and an extra column
        String csv = "\uFEFForg,\"value\",date\n\nRF4, 4082 ,2016-04-01\nRF4,\"4492.5\",2016-05\n\n";
        // when
        List<SpcPoint> points = SpcCsv.parse(new StringReader(csv));
        // then
        assertThat(points).containsExactly(SpcPoint.of("2016-04-01", 4082), SpcPoint.of("2016-05-01", 4492.5));
    }

    @Test
    void shouldTakeTwoUnnamedColumnsAsDateThenValue() {
        // when
        List<SpcPoint> points = SpcCsv.parse(new StringReader("week,breaches\n2024-01-01,5\n2024-01-08,6\n"));
        // then
        assertThat(points).containsExactly(SpcPoint.of("2024-01-01", 5), SpcPoint.of("2024-01-08", 6));
    }

    @Test
    void shouldNameTheLineAndReasonOfEveryBadRow() {
        // given
        String csv = """
                date,value
                2020-01-01,10
                2020-02-01,abc
                2020-13-01,12
                2020-04-01
                2020-01-01,14
                2020-06-01,
                """;
        // when / then
        assertThatThrownBy(() -> SpcCsv.parse(new StringReader(csv)))
                .isInstanceOfSatisfying(SpcInputException.class, e -> assertThat(e.problems()).containsExactly(
                        new InputProblem("line 3", "value 'abc' is not a number"),
                        new InputProblem("line 4", "date must be an ISO date (YYYY-MM-DD or YYYY-MM), got '2020-13-01'"),
                        new InputProblem("line 5", "expected 2 columns like the header, got 1"),
                        new InputProblem("line 6", "duplicate date 2020-01-01 (also on line 2)"),
                        new InputProblem("line 7", "value is empty")));
    }

    @Test
    void shouldRefuseInputWithoutAHeader() {
        // when / then
        assertThatThrownBy(() -> SpcCsv.parse(new StringReader("2020-01-01,1\n2020-02-01,2\n")))
                .isInstanceOf(SpcInputException.class)
                .hasMessage("line 1: expected a header line (date,value) before the data");
        assertThatThrownBy(() -> SpcCsv.parse(new StringReader("\n\n")))
                .isInstanceOf(SpcInputException.class)
                .hasMessage("input: is empty: expected a header line (date,value) and data lines");
        assertThatThrownBy(() -> SpcCsv.parse(new StringReader("a,b,c\n1,2,3\n")))
                .isInstanceOf(SpcInputException.class)
                .hasMessageStartingWith("line 1: the header needs columns named date (or period) and value");
    }

    @Test
    void shouldRefuseNonFiniteNumbers() {
        // when / then
        assertThatThrownBy(() -> SpcCsv.parse(new StringReader("date,value\n2020-01-01,NaN\n2020-02-01,Infinity\n")))
                .isInstanceOf(SpcInputException.class)
                .hasMessage("line 2: value 'NaN' is not a number; line 3: value 'Infinity' is not a number");
    }
}
