package com.leadaudit.followup;

import com.leadaudit.followup.Sla;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;

import static org.assertj.core.api.Assertions.assertThat;

class DeadlinesTest {

    @ParameterizedTest(name = "{5}")
    @CsvSource(delimiter = '|', textBlock = """
            2024-05-03T10:00:00Z | UTC              | 2bd |                       | 2024-05-07T23:59:59.999Z | Friday + 2bd ends Tuesday: the weekend is skipped
            2024-05-03T10:00:00Z | UTC              | 2bd | 2024-05-06            | 2024-05-08T23:59:59.999Z | a holiday on Monday moves it to Wednesday
            2021-12-31T15:00:00Z | UTC              | 2bd | 2022-01-03            | 2022-01-05T23:59:59.999Z | over a year end: Friday 31 Dec, New Year observed on Monday 3 Jan
            2020-12-31T15:00:00Z | UTC              | 2bd | 2021-01-01            | 2021-01-05T23:59:59.999Z | over a year end: Thursday 31 Dec, 1 Jan a Friday holiday
            2024-05-04T10:00:00Z | UTC              | 2bd |                       | 2024-05-07T23:59:59.999Z | a Saturday capture is also due Tuesday
            2024-05-02T22:30:00Z | Europe/Berlin    | 2bd |                       | 2024-05-07T21:59:59.999Z | the local date decides: Thursday in UTC is Friday in Berlin
            2024-03-29T14:00:00Z | Europe/Berlin    | 2bd |                       | 2024-04-02T21:59:59.999Z | Berlin spring forward (31 Mar): Tuesday ends at 23:59:59.999 CEST
            2024-10-25T07:00:00Z | Europe/Berlin    | 2bd |                       | 2024-10-29T22:59:59.999Z | Berlin fall back (27 Oct): Tuesday ends at 23:59:59.999 CET
            2024-03-08T17:00:00Z | America/New_York | 2bd |                       | 2024-03-13T03:59:59.999Z | New York spring forward (10 Mar): Tuesday ends at 23:59:59.999 EDT
            2024-11-01T16:00:00Z | America/New_York | 2bd |                       | 2024-11-06T04:59:59.999Z | New York fall back (3 Nov): Tuesday ends at 23:59:59.999 EST
            2024-03-30T11:00:00Z | Europe/Berlin    | 1bd |                       | 2024-04-01T21:59:59.999Z | a Saturday before spring forward: due end of Monday
            2024-03-30T11:00:00Z | Europe/Berlin    | 48h |                       | 2024-04-01T11:00:00Z     | 48h across Berlin spring forward is 48 elapsed hours (13:00 local, not 12:00)
            2024-10-26T10:00:00Z | Europe/Berlin    | 48h |                       | 2024-10-28T10:00:00Z     | 48h across Berlin fall back is 48 elapsed hours (11:00 local, not 12:00)
            2024-11-02T16:00:00Z | America/New_York | 48h |                       | 2024-11-04T16:00:00Z     | 48h across New York fall back is 48 elapsed hours
            2024-05-03T10:00:00Z | UTC              | 48h | 2024-05-04;2024-05-05 | 2024-05-05T10:00:00Z     | hours ignore weekends and holidays
            """)
    void deadlineFollowsTheSlaInTheCampaignZone(Instant capturedAt, ZoneId zone, String sla, String holidays,
                                               Instant expected, String why) {
        Instant deadline = Deadlines.deadline(capturedAt, zone, Sla.parse(sla), BusinessCalendar.parseHolidays(holidays));
        assertThat(deadline).as(why).isEqualTo(expected);
    }

    @Test
    void hoursAreElapsedTimeEvenWhenTheWallClockJumps() {
        Instant capture = Instant.parse("2024-03-09T17:00:00Z"); // 12:00 EST, DST starts the next night
        Instant deadline = Deadlines.deadline(capture, ZoneId.of("America/New_York"), Sla.parse("48h"),
                BusinessCalendar.weekendsOnly());
        assertThat(Duration.between(capture, deadline)).isEqualTo(Duration.ofHours(48));
        assertThat(deadline.atZone(ZoneId.of("America/New_York")).getHour()).isEqualTo(13);
    }

    /**
     * A deadline in year 10000 cannot be stored (PostgreSQL refuses the text form Java gives it) and failed the whole
     * status step (issue 14). Whatever the capture time and SLA, the deadline stays within year 9999.
     */
    @ParameterizedTest
    @CsvSource({"9999-12-31T23:59:59Z, 2bd", "9999-12-31T23:59:59Z, 48h", "9999-12-20T00:00:00Z, 999999bd",
            "8000-01-01T00:00:00Z, 999999bd", "+100000-01-01T00:00:00Z, 1h"})
    void noDeadlineGoesBeyondYear9999(Instant capturedAt, String sla) {
        Instant deadline = Deadlines.deadline(capturedAt, ZoneId.of("Pacific/Kiritimati"), Sla.parse(sla), null);
        assertThat(deadline).isEqualTo(Deadlines.LATEST).isEqualTo(Instant.parse("9999-12-31T23:59:59.999Z"));
    }
}
