package com.leadaudit.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class PrefetchedRowsTest {

    @Test
    void everyRowArrivesOnceInOrder() throws SQLException {
        List<Integer> seen = new ArrayList<>();
        PrefetchedRows.<Integer>forEach(sink -> {
            for (int i = 0; i < 12_345 && sink.accept(i); i++) {
                // all of them
            }
        }, seen::add);
        assertThat(seen).hasSize(12_345);
        for (int i = 0; i < seen.size(); i++) {
            assertThat(seen.get(i)).isEqualTo(i);
        }
    }

    @Test
    void aReadFailureReachesTheCallerAsItWasAfterTheRowsBeforeIt() {
        List<Integer> seen = new ArrayList<>();
        SQLException lost = new SQLException("An I/O error occurred while sending to the backend.", "08006");
        assertThatThrownBy(() -> PrefetchedRows.<Integer>forEach(sink -> {
            for (int i = 0; i < 1_200; i++) {
                sink.accept(i);
            }
            throw lost;
        }, seen::add)).isSameAs(lost);
        assertThat(seen).hasSize(1_200);
    }

    @Test
    void aWriteFailureStopsTheReaderInsteadOfLettingItReadOn() {
        AtomicInteger read = new AtomicInteger();
        assertThatThrownBy(() -> PrefetchedRows.<Integer>forEach(sink -> {
            for (int i = 0; i < 10_000_000; i++) {
                read.incrementAndGet();
                if (!sink.accept(i)) {
                    return;
                }
            }
        }, row -> {
            if (row == 3_000) {
                throw new IllegalArgumentException("row 1048577 is past Excel's last row");
            }
        })).isInstanceOf(IllegalArgumentException.class);
        // what was queued when the writer stopped, and nothing like the ten million on offer
        assertThat(read.get()).isLessThan(3_000 + (PrefetchedRows.BATCHES + 2) * PrefetchedRows.BATCH);
    }
}
