package com.leadaudit.followup;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

import static org.assertj.core.api.Assertions.assertThat;

class StatusRulesTest {

    private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");

    // Deadline 2024-05-07T21:59:59.999Z is the end of Tuesday 7 May in Berlin.
    @ParameterizedTest(name = "{5}")
    @CsvSource(delimiter = '|', textBlock = """
            2024-05-07T21:59:59.999Z | 2024-05-06T10:00:00Z     |            | 2024-05-10T00:00:00Z     | ON_TIME | touch before the deadline is on time
            2024-05-07T21:59:59.999Z | 2024-05-07T21:59:59.999Z |            | 2024-05-10T00:00:00Z     | ON_TIME | touch exactly at the deadline is on time
            2024-05-07T21:59:59.999Z | 2024-05-07T22:00:00Z     |            | 2024-05-10T00:00:00Z     | LATE    | touch 1 ms after the deadline is late
            2024-05-07T21:59:59.999Z | 2024-05-07T22:00:00Z     |            | 2024-05-07T23:00:00Z     | LATE    | a late touch stays late whatever as-of is
            2024-05-07T21:59:59.999Z |                          | 2024-05-07 | 2024-05-10T00:00:00Z     | ON_TIME | date-only touch on the deadline's date is on time
            2024-05-07T21:59:59.999Z |                          | 2024-05-08 | 2024-05-10T00:00:00Z     | LATE    | date-only touch the day after is late
            2024-05-07T21:59:59.999Z |                          | 2024-05-03 | 2024-05-10T00:00:00Z     | ON_TIME | date-only touch days before is on time
            2024-05-07T14:00:00Z     |                          | 2024-05-07 | 2024-05-10T00:00:00Z     | ON_TIME | hours SLA: date-only touch on the deadline's date is on time though the day goes on
            2024-05-07T23:30:00Z     |                          | 2024-05-08 | 2024-05-10T00:00:00Z     | ON_TIME | the deadline's date is read in the campaign zone (8 May 01:30 in Berlin)
            2024-05-07T21:59:59.999Z |                          |            | 2024-05-06T12:00:00Z     | OPEN    | no touch and deadline ahead is open
            2024-05-07T21:59:59.999Z |                          |            | 2024-05-07T21:59:59.999Z | OPEN    | no touch and as-of exactly at the deadline is still open
            2024-05-07T21:59:59.999Z |                          |            | 2024-05-07T22:00:00Z     | OVERDUE | no touch and as-of 1 ms past the deadline is overdue
            """)
    void decidesStatusWithGenerousBoundaries(Instant deadline, Instant touchAt, LocalDate touchDate, Instant asOf,
                                             Status expected, String why) {
        TouchTime touch = touchAt != null ? TouchTime.exact(touchAt) : touchDate != null ? TouchTime.dateOnly(touchDate) : null;
        assertThat(StatusRules.decide(deadline, touch, asOf, BERLIN)).as(why).isEqualTo(expected);
    }
}
