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
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

/** COPY text format round-trips every awkward value, and a file rolled back mid-COPY leaves a usable connection. */
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
