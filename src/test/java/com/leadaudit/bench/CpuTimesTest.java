package com.leadaudit.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class CpuTimesTest {

    @Test
    void aNightsLineSaysTheMachinesIdleAndStealTimeWhereProcStatIsReadable() throws Exception {
        CpuTimes before = CpuTimes.now(null);
        Thread.sleep(300);
        CpuTimes after = CpuTimes.now(null);

        String line = after.since(before);
        assertThat(line).startsWith("JVM ").contains("PostgreSQL n/a; machine idle ");
        if (Files.isReadable(Path.of("/proc/stat"))) {
            assertThat(before.idleTicks()).isNotNegative();
            assertThat(after.stealTicks()).isGreaterThanOrEqualTo(before.stealTicks()).isNotNegative();
            assertThat(after.idleTicks()).isGreaterThanOrEqualTo(before.idleTicks());
            assertThat(line).matches(".*machine idle \\d+\\.\\d s, steal \\d+\\.\\d s");
        } else {
            assertThat(line).endsWith("machine idle n/a, steal n/a");
        }
    }
}
