package com.leadaudit.followup;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class TouchTimeTest {

    @ParameterizedTest(name = "{3}")
    @CsvSource(delimiter = '|', textBlock = """
            2024-05-03T10:15:00Z |            | Europe/Berlin    | 2024-05-03T10:15:00Z     | an exact touch sorts at its instant
            |                      2024-05-03 | Europe/Berlin    | 2024-05-03T21:59:59.999Z | a date-only touch sorts at the end of its day in the zone
            |                      2024-03-31 | Europe/Berlin    | 2024-03-31T21:59:59.999Z | end of the spring-forward day (23 hours long)
            |                      2024-11-03 | America/New_York | 2024-11-04T04:59:59.999Z | end of the fall-back day (25 hours long)
            """)
    void ordersDateOnlyTouchesAtTheEndOfTheirDay(Instant at, LocalDate date, ZoneId zone, Instant expected) {
        TouchTime t = at != null ? TouchTime.exact(at) : TouchTime.dateOnly(date);
        assertThat(t.orderingInstant(zone)).isEqualTo(expected);
    }

    @Test
    void onATieTheExactTouchComesFirst() {
        ZoneId utc = ZoneId.of("UTC");
        TouchTime dateOnly = TouchTime.dateOnly(LocalDate.parse("2024-05-03"));
        TouchTime exact = TouchTime.exact(Instant.parse("2024-05-03T23:59:59.999Z"));
        TouchTime earlier = TouchTime.exact(Instant.parse("2024-05-03T08:00:00Z"));
        assertThat(List.of(dateOnly, exact, earlier).stream().sorted(TouchTime.earliestFirst(utc)))
                .containsExactly(earlier, exact, dateOnly);
    }

    @Test
    void isEitherAnInstantOrADate() {
        assertThatIllegalArgumentException().isThrownBy(() -> new TouchTime(null, null));
        assertThatIllegalArgumentException().isThrownBy(() -> new TouchTime(Instant.EPOCH, LocalDate.EPOCH));
    }
}
