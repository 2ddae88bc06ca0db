package com.leadaudit.followup;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class AsOfTest {

    private static final Instant NOW = Instant.parse("2024-05-03T16:00:00.123456789Z");

    @ParameterizedTest(name = "\"{0}\" -> {1}")
    @CsvSource(delimiter = '|', textBlock = """
            ''                                         | 2024-05-03T16:00:00.123Z | 2024-05-03 | blank is now, kept to the millisecond
            2024-05-03                                 | 2024-05-03               | 2024-05-03 | a date stays a date
            ' 2024-05-03 '                             | 2024-05-03               | 2024-05-03 | surrounding spaces are ignored
            2024-05-03T18:00:00Z                       | 2024-05-03T18:00:00Z     | 2024-05-03 | an instant in UTC
            2024-05-03T18:00+02:00                     | 2024-05-03T16:00:00Z     | 2024-05-03 | an offset is converted to UTC
            2024-05-03T23:30:00-02:00                  | 2024-05-04T01:30:00Z     | 2024-05-04 | the report folder of an instant is its UTC date
            2024-05-03T18:00:00.5Z                     | 2024-05-03T18:00:00.500Z | 2024-05-03 | fractions are kept
            2024-05-03T18:00:00+02:00[Europe/Berlin]   | 2024-05-03T16:00:00Z     | 2024-05-03 | a zoned date-time is an instant too
            """)
    void readsDatesAndInstants(String text, String canonical, LocalDate reportDate, String why) {
        AsOf asOf = AsOf.parse(text, NOW);
        assertThat(asOf.canonical()).as(why).isEqualTo(canonical);
        assertThat(asOf.reportDate()).isEqualTo(reportDate);
    }

    @ParameterizedTest(name = "{2}")
    @CsvSource(delimiter = '|', textBlock = """
            2024-05-03           | Europe/Berlin    | 2024-05-03T21:59:59.999Z | a date is the end of that day in Berlin
            2024-05-03           | America/New_York | 2024-05-04T03:59:59.999Z | and a different instant in New York
            2024-05-03T18:00:00Z | America/New_York | 2024-05-03T18:00:00Z     | an instant is the same in every zone
            """)
    void resolvesPerCampaignZone(String text, ZoneId zone, Instant expected) {
        assertThat(AsOf.parse(text, NOW).instantIn(zone)).isEqualTo(expected);
    }

    @Test
    void refusesALocalDateTimeAndAsksForAnOffset() {
        assertThatIllegalArgumentException().isThrownBy(() -> AsOf.parse("2024-05-03T18:00", NOW))
                .withMessageContaining("give an offset or Z");
    }

    @ParameterizedTest(name = "rejects \"{0}\"")
    @ValueSource(strings = {"yesterday", "05/03/2024", "2024-02-30", "2024-05-03 18:00Z"})
    void rejectsAnythingElse(String text) {
        assertThatIllegalArgumentException().isThrownBy(() -> AsOf.parse(text, NOW)).withMessageContaining(text);
    }
}
