package com.leadaudit.followup;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class BusinessCalendarTest {

    @ParameterizedTest(name = "{0}: {2} (holidays: {1})")
    @CsvSource(delimiter = '|', textBlock = """
            2024-05-03 |            | true  | a Friday is a business day
            2024-05-04 |            | false | Saturday is not
            2024-05-05 |            | false | Sunday is not
            2024-05-06 | 2024-05-06 | false | a weekday holiday is not
            2024-05-07 | 2024-05-06 | true  | the day after a holiday is
            """)
    void weekendsAndHolidaysAreNotBusinessDays(LocalDate day, String holidays, boolean expected, String why) {
        assertThat(BusinessCalendar.parseHolidays(holidays).isBusinessDay(day)).as(why).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{3}")
    @CsvSource(delimiter = '|', textBlock = """
            2024-05-03 | 2 |                       | 2024-05-07 | Friday + 2 is Tuesday: the weekend is skipped
            2024-05-03 | 1 |                       | 2024-05-06 | Friday + 1 is Monday
            2024-05-04 | 2 |                       | 2024-05-07 | a Saturday start does not count either
            2024-05-05 | 1 |                       | 2024-05-06 | Sunday + 1 is Monday
            2024-05-01 | 2 |                       | 2024-05-03 | Wednesday + 2 is Friday
            2024-05-03 | 2 | 2024-05-06            | 2024-05-08 | a Monday holiday pushes Tuesday to Wednesday
            2024-05-03 | 2 | 2024-05-04;2024-05-05 | 2024-05-07 | holidays on a weekend change nothing
            2024-05-06 | 1 | 2024-05-06            | 2024-05-07 | starting on a holiday: the next business day
            2024-05-03 | 0 |                       | 2024-05-03 | zero days is the start itself
            2024-05-03 | 5 |                       | 2024-05-10 | five days is a full week
            """)
    void countsTheNthBusinessDayAfterTheStart(LocalDate start, int n, String holidays, String expected, String why) {
        assertThat(BusinessCalendar.parseHolidays(holidays).plusBusinessDays(start, n)).isEqualTo(expected);
    }

    @ParameterizedTest(name = "holidays \"{0}\" are rejected")
    @CsvSource(delimiter = '|', textBlock = """
            2024-13-01
            25.12.2024
            2024-12-25;xmas
            """)
    void rejectsHolidaysThatAreNotIsoDates(String list) {
        assertThatIllegalArgumentException().isThrownBy(() -> BusinessCalendar.parseHolidays(list))
                .withMessageContaining("holiday");
    }
}
