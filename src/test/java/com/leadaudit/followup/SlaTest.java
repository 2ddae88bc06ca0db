package com.leadaudit.followup;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class SlaTest {

    @ParameterizedTest(name = "{0} -> {1} {2}, written {3}")
    @CsvSource(delimiter = '|', textBlock = """
            48h     | 48 | HOURS         | 48h
            48 h    | 48 | HOURS         | 48h
            48H     | 48 | HOURS         | 48h
            '  24h '| 24 | HOURS         | 24h
            2bd     | 2  | BUSINESS_DAYS | 2bd
            2 bd    | 2  | BUSINESS_DAYS | 2bd
            2BD     | 2  | BUSINESS_DAYS | 2bd
            10 Bd   | 10 | BUSINESS_DAYS | 10bd
            """)
    void readsHoursAndBusinessDaysInAnyCase(String text, int amount, Sla.Unit unit, String canonical) {
        Sla sla = Sla.parse(text);
        assertThat(sla.amount()).isEqualTo(amount);
        assertThat(sla.unit()).isEqualTo(unit);
        assertThat(sla).hasToString(canonical);
    }

    @ParameterizedTest(name = "rejects \"{0}\"")
    @ValueSource(strings = {"", " ", "48", "h", "2 days", "2d", "1.5h", "-2bd", "0h", "0bd", "2 b d", "48hours", "9999999h"})
    void rejectsAnythingElseWithAMessageThatShowsTheForms(String text) {
        assertThatIllegalArgumentException().isThrownBy(() -> Sla.parse(text)).withMessageContaining("SLA");
    }

    @ParameterizedTest(name = "\"{0}\" with default 2bd -> {1}")
    @CsvSource(delimiter = '|', textBlock = """
            ''    | 2bd
            '   ' | 2bd
            72h   | 72h
            """)
    void blankFallsBackToTheCallersDefault(String text, String expected) {
        assertThat(Sla.parseOr(text, Sla.parse("2bd"))).hasToString(expected);
    }
}
