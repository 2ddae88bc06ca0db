package com.leadaudit.outcome;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class AmountsTest {

    @ParameterizedTest(name = "[{0}] → {1} {2}")
    @CsvSource(delimiter = '|', nullValues = "NONE", textBlock = """
            12500           | 12500     | NONE
            12500.5         | 12500.5   | NONE
            '12,500.00'     | 12500.00  | NONE
            '12.500,00'     | 12500.00  | NONE
            '1.250.000'     | 1250000   | NONE
            '12,5'          | 12.5      | NONE
            '$12,500'       | 12500     | USD
            '12 500 €'      | 12500     | EUR
            EUR 12500       | 12500     | EUR
            '£1,234.56'     | 1234.56   | GBP
            '-200'          | -200      | NONE
            '1,2,3'         | NONE      | NONE
            n/a             | NONE      | NONE
            ''              | NONE      | NONE
            """)
    void amountsAsExportsWriteThem(String raw, String value, String currency) {
        var parsed = Amounts.parse(raw);
        if (value == null) {
            assertThat(parsed).isEmpty();
            return;
        }
        assertThat(parsed).hasValueSatisfying(a -> {
            assertThat(a.value()).isEqualByComparingTo(new BigDecimal(value));
            assertThat(a.currency()).isEqualTo(currency);
        });
    }

    @ParameterizedTest(name = "[{0}] closed {1} won {2}")
    @CsvSource(delimiter = '|', textBlock = """
            Closed Won      | true  | true
            closedwon       | true  | true
            Closed Lost     | true  | false
            closedlost      | true  | false
            Won             | true  | true
            Lost            | true  | false
            Gewonnen        | true  | true
            Perdu           | true  | false
            Open            | false | false
            Negotiation     | false | false
            appointmentscheduled | false | false
            ''              | false | false
            """)
    void dealStagesAndStatusesSayWonOrLost(String text, boolean closed, boolean won) {
        DealStates.Closing c = DealStates.fromStageOrStatus(text);
        assertThat(c.closed()).isEqualTo(closed);
        assertThat(c.won()).isEqualTo(won);
    }
}
