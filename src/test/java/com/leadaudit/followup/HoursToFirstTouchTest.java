package com.leadaudit.followup;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;

class HoursToFirstTouchTest {

    private static final Instant CAPTURE = Instant.parse("2024-05-03T10:00:00Z");

    @ParameterizedTest(name = "{2}")
    @CsvSource(delimiter = '|', textBlock = """
            2024-05-03T12:15:00Z     | 2.3  | 2.25 h rounds half up to 2.3
            2024-05-03T12:14:59.999Z | 2.2  | just under 2.25 h rounds down
            2024-05-03T11:33:00Z     | 1.6  | 1.55 h rounds half up to 1.6
            2024-05-03T10:03:00Z     | 0.1  | 3 minutes is 0.05 h, rounds up to 0.1
            2024-05-03T10:02:59.999Z | 0.0  | just under 3 minutes rounds to 0.0
            2024-05-03T10:00:00Z     | 0.0  | a touch at capture is 0.0
            2024-05-05T11:00:00Z     | 49.0 | whole hours keep one decimal
            """)
    void hoursWithOneDecimalHalfUp(Instant touch, BigDecimal expected, String why) {
        assertThat(HoursToFirstTouch.of(CAPTURE, TouchTime.exact(touch))).as(why).contains(expected);
    }

    @Test
    void emptyForDateOnlyTouchesAndForNoTouch() {
        assertThat(HoursToFirstTouch.of(CAPTURE, TouchTime.dateOnly(LocalDate.parse("2024-05-04")))).isEmpty();
        assertThat(HoursToFirstTouch.of(CAPTURE, null)).isEmpty();
    }
}
