package com.leadaudit.importing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.leadaudit.AuditTest;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * COPY's binary format round-trips every awkward value as the text format and PostgreSQL's own text input would store
 * it (times to the microsecond, decimals with their scale), and a file rolled back mid-COPY leaves a usable
 * connection.
 */
@AuditTest
class CopyRowsTest {

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    TransactionTemplate tx;

    @BeforeEach
    void table() {
        jdbc.execute("DROP TABLE IF EXISTS copy_rows_test");
        jdbc.execute("""
                CREATE TABLE copy_rows_test (n BIGINT, t TEXT, b BOOLEAN, ts TIMESTAMP, tz TIMESTAMPTZ, d DATE,
                                             arr TEXT[], j JSONB)""");
    }

    @Test
    void awkwardValuesSurviveTheTrip() {
        String text = "tab\there, new\nline, cr\r, back\\slash, \\N, quote \" and ' , NUL\0gone, é ü 网 \uD83D\uDE00";
        List<String> array = Arrays.asList("a,b", "c\"d", "e\\f", "{g}", "", null, "h\ti", "NULL");
        String json = "{\"k\": \"v\\\\with\\tescapes\\n\", \"n\": 1}";
        tx.executeWithoutResult(status -> {
            CopyRows copy = new CopyRows(jdbc.getDataSource(), "copy_rows_test (n, t, b, ts, tz, d, arr, j)");
            copy.add(42).add(text).add(true).add(LocalDateTime.parse("2026-03-29T02:30:15.123456"))
                    .add(Instant.parse("2026-10-25T01:30:00.5Z")).add(LocalDate.parse("2026-02-28"))
                    .addArray(array).add(json).endRow();
            copy.add(7).add((String) null).add(false).add((LocalDateTime) null).add((Instant) null)
                    .add((LocalDate) null).addArray(List.of()).add((String) null).endRow();
            copy.finish();
        });
        Map<String, Object> first = jdbc.queryForMap("""
                SELECT t, b, ts::text AS ts, extract(epoch FROM tz)::text AS epoch, d::text AS d, j::text AS j
                FROM copy_rows_test WHERE n = 42""");
        assertThat(first.get("t")).isEqualTo(text.replace("\0", ""));
        assertThat(first.get("b")).isEqualTo(true);
        assertThat(first.get("ts")).isEqualTo("2026-03-29 02:30:15.123456");
        assertThat(first.get("epoch")).isEqualTo("1792891800.500000");
        assertThat(first.get("d")).isEqualTo("2026-02-28");
        assertThat(first.get("j")).isEqualTo("{\"k\": \"v\\\\with\\tescapes\\n\", \"n\": 1}");
        String[] back = jdbc.queryForObject("SELECT arr FROM copy_rows_test WHERE n = 42",
                (rs, i) -> (String[]) rs.getArray(1).getArray());
        assertThat(back).containsExactly("a,b", "c\"d", "e\\f", "{g}", "", null, "h\ti", "NULL");
        Map<String, Object> second = jdbc.queryForMap("SELECT * FROM copy_rows_test WHERE n = 7");
        assertThat(second.get("t")).isNull();
        assertThat(second.get("ts")).isNull();
        assertThat(jdbc.queryForObject("SELECT cardinality(arr) FROM copy_rows_test WHERE n = 7", Integer.class))
                .isZero();
    }

    /** What PostgreSQL stores from a value's text is what the binary form stores: times, dates, decimals. */
    @Test
    void timesAndDecimalsAreStoredAsTheirTextWouldBe() {
        jdbc.execute("DROP TABLE IF EXISTS copy_rows_kinds");
        jdbc.execute("""
                CREATE TABLE copy_rows_kinds (n INTEGER, s SMALLINT, ts TIMESTAMP, tz TIMESTAMPTZ, d DATE,
                                              amount NUMERIC(18, 2), x NUMERIC, ts_text TEXT, tz_text TEXT,
                                              d_text TEXT, amount_text TEXT, x_text TEXT)""");
        Random random = new Random(11);
        List<java.math.BigDecimal> decimals = List.of(new java.math.BigDecimal("0"), new java.math.BigDecimal("0.00"),
                new java.math.BigDecimal("12.50"), new java.math.BigDecimal("-12.5"), new java.math.BigDecimal("1E+3"),
                new java.math.BigDecimal("1000000"), new java.math.BigDecimal("0.0005"),
                new java.math.BigDecimal("-0.105"), new java.math.BigDecimal("9999999999999999.994"),
                new java.math.BigDecimal("123456789.123456789"), new java.math.BigDecimal("10000.0001"));
        tx.executeWithoutResult(status -> {
            CopyRows copy = new CopyRows(jdbc.getDataSource(), """
                    copy_rows_kinds (n, s, ts, tz, d, amount, x, ts_text, tz_text, d_text, amount_text, x_text)""");
            for (int i = 0; i < 5_000; i++) {
                // nanos of every kind: whole milliseconds, a micro and a half, Excel serials' arbitrary fractions
                int nano = switch (i % 4) {
                    case 0 -> random.nextInt(1000) * 1_000_000;
                    case 1 -> random.nextInt(1_000_000) * 1000 + 500;
                    case 2 -> random.nextInt(1_000_000_000);
                    default -> 0;
                };
                Instant instant = Instant.ofEpochSecond(-2_000_000_000L + random.nextLong(6_000_000_000L), nano);
                LocalDateTime local = LocalDateTime.ofEpochSecond(instant.getEpochSecond(), nano,
                        java.time.ZoneOffset.UTC);
                LocalDate date = local.toLocalDate();
                java.math.BigDecimal amount = i < decimals.size() ? decimals.get(i)
                        : java.math.BigDecimal.valueOf(random.nextLong(), random.nextInt(12) - 2);
                java.math.BigDecimal money = amount.abs().compareTo(new java.math.BigDecimal("1E15")) >= 0
                        ? amount.movePointLeft(8) : amount;
                copy.add(i).add(i % 30_000).add(local).add(instant).add(date).add(money).add(amount)
                        .add(local.toString()).add(instant.toString()).add(date.toString()).add(money.toPlainString())
                        .add(amount.toPlainString()).endRow();
            }
            copy.finish();
        });
        assertThat(jdbc.queryForObject("""
                SELECT count(*) FROM copy_rows_kinds
                WHERE ts IS DISTINCT FROM ts_text::timestamp OR tz IS DISTINCT FROM tz_text::timestamptz
                   OR d IS DISTINCT FROM d_text::date OR amount::text IS DISTINCT FROM amount_text::numeric(18, 2)::text
                   OR x::text IS DISTINCT FROM x_text::numeric::text""", Long.class)).isZero();
        assertThat(jdbc.queryForObject("SELECT count(*) FROM copy_rows_kinds", Long.class)).isEqualTo(5_000);
        assertThat(jdbc.queryForObject("SELECT x::text FROM copy_rows_kinds WHERE n = 2", String.class))
                .isEqualTo("12.50");
    }

    @Test
    void aValueOfTheWrongKindOrAShortRowFailsTheFile() {
        assertThatThrownBy(() -> tx.executeWithoutResult(status -> {
            CopyRows copy = new CopyRows(jdbc.getDataSource(), "copy_rows_test (n, d)");
            copy.add(1).add("2026-01-01");
        })).hasMessageContaining("copy_rows_test.d is of type 1082");
        assertThatThrownBy(() -> tx.executeWithoutResult(status -> {
            CopyRows copy = new CopyRows(jdbc.getDataSource(), "copy_rows_test (n, t)");
            copy.add(1).endRow();
        })).hasMessageContaining("needs 2 values, got 1");
        assertThat(jdbc.queryForObject("SELECT count(*) FROM copy_rows_test", Long.class)).isZero();
    }

    /** A file whose rows go to two tables finishes one stream to write the other, then opens the first again. */
    @Test
    void aStreamFinishedAndOpenedAgainKeepsWriting() {
        tx.executeWithoutResult(status -> {
            CopyRows copy = new CopyRows(jdbc.getDataSource(), "copy_rows_test (n, t)");
            copy.add(1).add("first").endRow();
            copy.finish();
            assertThat(copy.isOpen()).isFalse();
            copy.add(2).add("second").endRow();
            copy.finish();
            copy.finish();
        });
        assertThat(jdbc.queryForList("SELECT t FROM copy_rows_test ORDER BY n", String.class))
                .containsExactly("first", "second");
    }

    @Test
    void manyRowsStreamThroughOneCopy() {
        tx.executeWithoutResult(status -> {
            CopyRows copy = new CopyRows(jdbc.getDataSource(), "copy_rows_test (n, t)");
            for (int i = 0; i < 50_000; i++) {
                copy.add(i).add("row " + i + " with some padding to cross the send threshold").endRow();
            }
            copy.finish();
            assertThat(copy.rows()).isEqualTo(50_000);
        });
        String counted = jdbc.queryForObject("SELECT count(*) || '/' || sum(n) FROM copy_rows_test", String.class);
        assertThat(counted).isEqualTo("50000/1249975000");
    }

    @Test
    void aFileRolledBackMidCopyLeavesNothingAndAUsableConnection() {
        assertThatThrownBy(() -> tx.executeWithoutResult(status -> {
            CopyRows copy = new CopyRows(jdbc.getDataSource(), "copy_rows_test (n, t)");
            for (int i = 0; i < 20_000; i++) {
                copy.add(i).add("row " + i + " with some padding to cross the send threshold").endRow();
            }
            throw new IllegalStateException("file rejected midway");
        })).hasMessage("file rejected midway");
        assertThat(jdbc.queryForObject("SELECT count(*) FROM copy_rows_test", Long.class)).isZero();
        for (int k = 0; k < 10; k++) {  // every pooled connection still works
            tx.executeWithoutResult(status -> jdbc.update("INSERT INTO copy_rows_test (n) VALUES (1)"));
        }
        assertThat(jdbc.queryForObject("SELECT count(*) FROM copy_rows_test", Long.class)).isEqualTo(10);
    }
}
