package com.leadaudit.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.SplittableRandom;

import org.apache.poi.ss.usermodel.DateUtil;
import org.junit.jupiter.api.Test;

/**
 * ExcelDates must give exactly POI's double (the sheet shows its Double.toString text), for every time a lead
 * sheet can show: the reference is what Cells does, LocalDateTime.ofInstant truncated to the second and
 * DateUtil.getExcelDate.
 */
class ExcelDatesTest {

    private static final List<ZoneId> ZONES = List.of(ZoneId.of("UTC"), ZoneId.of("Europe/Berlin"),
            ZoneId.of("America/New_York"), ZoneId.of("Australia/Lord_Howe"), ZoneId.of("Asia/Kathmandu"),
            ZoneId.of("Pacific/Apia"), ZoneId.of("Europe/Amsterdam"), ZoneId.of("America/Sao_Paulo"),
            ZoneOffset.ofHoursMinutesSeconds(-3, -25, -7));

    @Test
    void everySecondAroundTheLotusLeapDayAndDayZero() {
        assertSameEverySecond(LocalDateTime.of(1900, 2, 27, 0, 0), Duration.ofDays(4));
        assertSameEverySecond(LocalDateTime.of(1899, 12, 30, 0, 0), Duration.ofDays(3));
    }

    @Test
    void beforeDayZeroThereIsNoSerial() {
        assertThat(ExcelDates.serial(LocalDateTime.of(1899, 12, 30, 23, 59, 59).toEpochSecond(ZoneOffset.UTC)))
                .isEqualTo(ExcelDates.BAD_DATE);
        assertThat(ExcelDates.serial(LocalDate.of(1899, 12, 30))).isEqualTo(ExcelDates.BAD_DATE);
        assertThat(ExcelDates.serial(LocalDate.of(1066, 10, 14))).isEqualTo(ExcelDates.BAD_DATE);
        assertThat(ExcelDates.serial(LocalDate.of(1899, 12, 31))).isEqualTo(0.0);
        assertThat(ExcelDates.serial(LocalDate.of(1900, 3, 1))).isEqualTo(61.0);
    }

    @Test
    void everyMinuteOfTheDaysClocksChangeInManyZones() {
        for (ZoneId zone : ZONES) {
            for (int year : new int[] {1916, 1950, 2026, 2038}) {
                Instant t = LocalDate.of(year, 1, 1).atStartOfDay(zone).toInstant();
                Instant end = LocalDate.of(year + 1, 1, 1).atStartOfDay(zone).toInstant();
                var rules = zone.getRules();
                while (t.isBefore(end)) {
                    var transition = rules.nextTransition(t);
                    if (transition == null || !transition.getInstant().isBefore(end)) {
                        break;
                    }
                    Instant at = transition.getInstant();
                    for (Instant m = at.minus(Duration.ofHours(26)); m.isBefore(at.plus(Duration.ofHours(26)));
                            m = m.plusSeconds(60)) {
                        assertSame(m, zone);
                        assertSame(m.minusMillis(1), zone); // xx:59:59.999 is shown as xx:59:59
                    }
                    t = at.plusSeconds(1);
                }
            }
        }
    }

    @Test
    void randomInstantsFrom1890To2200() {
        SplittableRandom random = new SplittableRandom(42);
        long from = Instant.parse("1890-01-01T00:00:00Z").getEpochSecond();
        long to = Instant.parse("2200-01-01T00:00:00Z").getEpochSecond();
        for (int i = 0; i < 300_000; i++) {
            Instant t = Instant.ofEpochSecond(random.nextLong(from, to), random.nextInt(1_000_000_000));
            assertSame(t, ZONES.get(i % ZONES.size()));
        }
    }

    @Test
    void endOfDayDeadlinesAndTheLastDayExcelKnows() {
        for (ZoneId zone : ZONES) {
            for (LocalDate d : List.of(LocalDate.of(2026, 3, 29), LocalDate.of(2026, 10, 25), LocalDate.of(9999, 12, 31))) {
                assertSame(d.plusDays(1).atStartOfDay(zone).toInstant().minusMillis(1), zone);
            }
        }
    }

    @Test
    void everyDateFrom1899To2101() {
        for (LocalDate d = LocalDate.of(1899, 1, 1); d.isBefore(LocalDate.of(2101, 1, 1)); d = d.plusDays(1)) {
            assertThat(bits(ExcelDates.serial(d))).as("%s", d).isEqualTo(bits(DateUtil.getExcelDate(d)));
        }
    }

    private static void assertSameEverySecond(LocalDateTime from, Duration span) {
        long start = from.toEpochSecond(ZoneOffset.UTC);
        for (long s = start; s < start + span.getSeconds(); s++) {
            LocalDateTime local = LocalDateTime.ofEpochSecond(s, 0, ZoneOffset.UTC);
            assertThat(bits(ExcelDates.serial(s))).as("%s", local).isEqualTo(bits(DateUtil.getExcelDate(local)));
        }
    }

    private static void assertSame(Instant t, ZoneId zone) {
        double expected = DateUtil.getExcelDate(LocalDateTime.ofInstant(t, zone).truncatedTo(ChronoUnit.SECONDS));
        double actual = ExcelDates.serial(t, zone.getRules());
        if (bits(actual) != bits(expected)) {
            // assertThat only on a mismatch: this runs a few million times
            assertThat(actual).as("%s in %s", t, zone).isEqualTo(expected);
        }
    }

    private static long bits(double d) {
        return Double.doubleToRawLongBits(d);
    }
}
