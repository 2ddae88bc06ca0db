package com.leadaudit.io;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

class DateTimeValuesTest {

    private static ParsedTime local(int y, int mo, int d, int h, int mi, int s) {
        return new ParsedTime.Local(LocalDateTime.of(y, mo, d, h, mi, s));
    }

    private static ParsedTime date(int y, int mo, int d) {
        return new ParsedTime.DateOnly(LocalDate.of(y, mo, d));
    }

    private static ParsedTime instant(String iso) {
        return new ParsedTime.Instant(Instant.parse(iso));
    }

    static Stream<Arguments> textForms() {
        return Stream.of(
                // ISO 8601 and relatives
                Arguments.of("2024-03-05", date(2024, 3, 5)),
                Arguments.of("2024-03-05T14:30", local(2024, 3, 5, 14, 30, 0)),
                Arguments.of("2024-03-05 14:30:00", local(2024, 3, 5, 14, 30, 0)),
                Arguments.of("2024-03-05T14:30:15.250", new ParsedTime.Local(
                        LocalDateTime.of(2024, 3, 5, 14, 30, 15, 250_000_000))),
                Arguments.of("2024-03-05T14:30:00Z", instant("2024-03-05T14:30:00Z")),
                Arguments.of("2024-03-05T14:30:00+01:00", instant("2024-03-05T13:30:00Z")),
                Arguments.of("2024-03-05T14:30:00-0800", instant("2024-03-05T22:30:00Z")),
                Arguments.of("2024-03-05 14:30 UTC", instant("2024-03-05T14:30:00Z")),
                Arguments.of("2024-03-05T14:30:00.123456789Z", instant("2024-03-05T14:30:00.123456789Z")),
                // Salesforce Data Loader, weekly export (date fields too), HubSpot
                Arguments.of("2024-01-23T17:50:51.000+0000", instant("2024-01-23T17:50:51Z")),
                Arguments.of("2024-01-23 17:50:51", local(2024, 1, 23, 17, 50, 51)),
                Arguments.of("2024-01-23 00:00:00", local(2024, 1, 23, 0, 0, 0)),
                Arguments.of("2024-03-05 14:30", local(2024, 3, 5, 14, 30, 0)),
                Arguments.of("2024/03/05", date(2024, 3, 5)),
                Arguments.of("2024/03/05 09:15", local(2024, 3, 5, 9, 15, 0)),
                // US
                Arguments.of("03/05/2024", date(2024, 3, 5)),
                Arguments.of("3/5/2024 2:30 PM", local(2024, 3, 5, 14, 30, 0)),
                Arguments.of("3/5/2024 2:30:45 AM", local(2024, 3, 5, 2, 30, 45)),
                Arguments.of("3/5/2024 12:05 AM", local(2024, 3, 5, 0, 5, 0)),
                Arguments.of("3/5/2024 12:05 pm", local(2024, 3, 5, 12, 5, 0)),
                Arguments.of("1/23/2024, 5:50 PM", local(2024, 1, 23, 17, 50, 0)),
                Arguments.of("3/5/24", date(2024, 3, 5)),
                Arguments.of("3/5/2024 14:30", local(2024, 3, 5, 14, 30, 0)),
                // European
                Arguments.of("05.03.2024", date(2024, 3, 5)),
                Arguments.of("05.03.2024 14:30", local(2024, 3, 5, 14, 30, 0)),
                Arguments.of("5.3.2024 14:30:10", local(2024, 3, 5, 14, 30, 10)),
                Arguments.of("25/12/2024", date(2024, 12, 25)),
                Arguments.of("25/12/2024 08:00", local(2024, 12, 25, 8, 0, 0)),
                Arguments.of("25-12-2024", date(2024, 12, 25)),
                // numbers as text
                Arguments.of("45356", date(2024, 3, 5)),
                Arguments.of("45356.5", local(2024, 3, 5, 12, 0, 0)),
                Arguments.of("1706032251000", instant("2024-01-23T17:50:51Z")),
                Arguments.of("  2024-03-05\u00A0", date(2024, 3, 5)));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("textForms")
    void textInEveryFormExportsUseIsParsed(String text, ParsedTime expected) {
        assertThat(DateTimeValues.parse(CellValue.text(text), false, DateOrder.MONTH_FIRST)).contains(expected);
    }

    @ParameterizedTest(name = "[{0}]")
    @ValueSource(strings = {"", "   ", "n/a", "soon", "2024-13-01", "2024-02-30", "31/31/2024", "3/5/2024 25:00",
            "3/5/2024 13:00 PM", "12345", "4155550100", "2024-03-05T14:30+25:00", "Q3 2024"})
    void blankOrNonsenseIsEmpty(String text) {
        assertThat(DateTimeValues.parse(CellValue.text(text), false, DateOrder.MONTH_FIRST)).isEmpty();
    }

    @ParameterizedTest(name = "{0} read {1} -> {2}")
    @CsvSource({
            "03/05/2024, MONTH_FIRST, 2024-03-05",
            "03/05/2024, DAY_FIRST,   2024-05-03",
            "03-05-2024, MONTH_FIRST, 2024-03-05",
            "03-05-2024, DAY_FIRST,   2024-05-03",
            "25/03/2024, MONTH_FIRST, 2024-03-25",
            "03/25/2024, DAY_FIRST,   2024-03-25",
            "05.03.2024, MONTH_FIRST, 2024-03-05"})
    void ambiguousSlashDatesFollowTheOrderGivenUnlessOnlyOneReadingExists(String text, DateOrder order,
                                                                          LocalDate expected) {
        assertThat(DateTimeValues.parse(CellValue.text(text), false, order))
                .contains(new ParsedTime.DateOnly(expected));
    }

    @ParameterizedTest(name = "serial {0} -> {1}")
    @CsvSource({
            "1,     1900-01-01T00:00",
            "59,    1900-02-28T00:00",
            "60,    1900-03-01T00:00",
            "61,    1900-03-01T00:00",
            "45356, 2024-03-05T00:00",
            "45356.604166666664, 2024-03-05T14:30"})
    void dateCellsIn1900SystemStepOverExcelsFake29February(double serial, LocalDateTime expected) {
        CellValue cell = new CellValue("", serial, true);

        assertThat(DateTimeValues.parse(cell, false, DateOrder.MONTH_FIRST).orElseThrow().toInstant(ZoneId.of("UTC")))
                .isEqualTo(expected.atZone(ZoneId.of("UTC")).toInstant());
    }

    @Test
    void sameSerialIsFourYearsAndOneDayLaterIn1904System() {
        CellValue cell = new CellValue("", 43894.5, true);

        assertThat(DateTimeValues.parse(cell, false, DateOrder.MONTH_FIRST)).contains(local(2020, 3, 4, 12, 0, 0));
        assertThat(DateTimeValues.parse(cell, true, DateOrder.MONTH_FIRST)).contains(local(2024, 3, 5, 12, 0, 0));
    }

    @Test
    void wholeSerialIsADateAndFractionalSerialAWallTime() {
        assertThat(DateTimeValues.parse(new CellValue("", 45356d, true), false, DateOrder.MONTH_FIRST))
                .contains(date(2024, 3, 5));
        assertThat(DateTimeValues.parse(new CellValue("", 45356.25, true), false, DateOrder.MONTH_FIRST))
                .contains(local(2024, 3, 5, 6, 0, 0));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"45356, true", "20000, true", "80000, true", "19999, false", "80001, false", "42, false",
            "4155550100, false"})
    void plainNumbersInADateColumnAreSerialsOnlyInAPlausibleRange(double number, boolean isDate) {
        CellValue cell = new CellValue(NumberText.of(number), number, false);

        assertThat(DateTimeValues.parse(cell, false, DateOrder.MONTH_FIRST).isPresent()).isEqualTo(isDate);
    }

    @Test
    void epochMillisStoredAsNumberIsAnInstant() {
        CellValue cell = new CellValue("1706032251000", 1706032251000d, false);

        assertThat(DateTimeValues.parse(cell, false, DateOrder.MONTH_FIRST)).contains(instant("2024-01-23T17:50:51Z"));
    }

    @Test
    void timeOnlyCellIsNoPointInTimeButHasATimeOfDay() {
        CellValue time = new CellValue("14:30", 14.5 / 24, true);

        assertThat(DateTimeValues.parse(time, false, DateOrder.MONTH_FIRST)).isEmpty();
        assertThat(DateTimeValues.parseTimeOfDay(time)).contains(LocalTime.of(14, 30));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"14:30, 14:30", "2:30 PM, 14:30", "12:00 AM, 00:00", "09:05:30, 09:05:30", "9:05:30 a.m., 09:05:30"})
    void timeOfDayTextIsParsed(String text, LocalTime expected) {
        assertThat(DateTimeValues.parseTimeOfDay(CellValue.text(text))).contains(expected);
    }

    @Test
    void toInstantPlacesWallTimesAndDatesInTheGivenZoneButLeavesInstantsAlone() {
        ZoneId berlin = ZoneId.of("Europe/Berlin");

        assertThat(local(2024, 3, 5, 14, 30, 0).toInstant(berlin)).isEqualTo(Instant.parse("2024-03-05T13:30:00Z"));
        assertThat(date(2024, 3, 5).toInstant(berlin)).isEqualTo(Instant.parse("2024-03-04T23:00:00Z"));
        assertThat(instant("2024-03-05T14:30:00Z").toInstant(berlin)).isEqualTo(Instant.parse("2024-03-05T14:30:00Z"));
    }

    @Test
    void blankCellIsEmpty() {
        assertThat(DateTimeValues.parse(CellValue.EMPTY, false, DateOrder.DAY_FIRST)).isEmpty();
        assertThat(DateTimeValues.parse(null, false, DateOrder.DAY_FIRST)).isEmpty();
    }
}
