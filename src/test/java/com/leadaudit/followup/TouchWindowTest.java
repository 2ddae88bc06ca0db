package com.leadaudit.followup;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

import static org.assertj.core.api.Assertions.assertThat;

class TouchWindowTest {

    // Capture Friday 3 May 16:00 Berlin, as-of Friday 10 May 14:00 Berlin.
    @ParameterizedTest(name = "{6}")
    @CsvSource(delimiter = '|', textBlock = """
            2024-05-03T14:00:00Z | 2024-05-10T12:00:00Z | Europe/Berlin | 2024-05-03T14:00:00Z     |            | true  | touch exactly at capture counts
            2024-05-03T14:00:00Z | 2024-05-10T12:00:00Z | Europe/Berlin | 2024-05-03T13:59:59.999Z |            | false | touch 1 ms before capture does not count
            2024-05-03T14:00:00Z | 2024-05-10T12:00:00Z | Europe/Berlin | 2024-05-10T12:00:00Z     |            | true  | touch exactly at as-of counts
            2024-05-03T14:00:00Z | 2024-05-10T12:00:00Z | Europe/Berlin | 2024-05-10T12:00:00.001Z |            | false | touch after as-of does not count
            2024-05-03T14:00:00Z | 2024-05-10T12:00:00Z | Europe/Berlin |                          | 2024-05-03 | true  | date-only touch on the capture date counts, even if it was earlier that day
            2024-05-03T14:00:00Z | 2024-05-10T12:00:00Z | Europe/Berlin |                          | 2024-05-02 | false | date-only touch the day before capture does not count
            2024-05-03T14:00:00Z | 2024-05-10T12:00:00Z | Europe/Berlin |                          | 2024-05-10 | true  | date-only touch on the as-of date counts
            2024-05-03T14:00:00Z | 2024-05-10T12:00:00Z | Europe/Berlin |                          | 2024-05-11 | false | date-only touch after the as-of date does not count
            2024-05-02T22:30:00Z | 2024-05-10T12:00:00Z | Europe/Berlin |                          | 2024-05-02 | false | the capture date is read in the campaign zone (3 May in Berlin)
            2024-05-02T22:30:00Z | 2024-05-10T12:00:00Z | UTC           |                          | 2024-05-02 | true  | the same capture in a UTC campaign is on 2 May
            """)
    void countsTouchesBetweenCaptureAndAsOfInclusive(Instant capturedAt, Instant asOf, ZoneId zone,
                                                     Instant touchAt, LocalDate touchDate, boolean expected, String why) {
        TouchTime touch = touchAt != null ? TouchTime.exact(touchAt) : TouchTime.dateOnly(touchDate);
        assertThat(TouchWindow.counts(touch, capturedAt, asOf, zone)).as(why).isEqualTo(expected);
    }
}
