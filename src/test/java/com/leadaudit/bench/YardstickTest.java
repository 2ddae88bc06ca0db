package com.leadaudit.bench;

import static org.assertj.core.api.Assertions.assertThat;

import com.leadaudit.crm.CrmSchemas;
import com.leadaudit.io.SheetRow;
import com.leadaudit.io.Table;
import com.leadaudit.io.TableReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The yardstick's fixed work is what the benchmark says it is, and the same on every machine. */
class YardstickTest {

    @TempDir
    Path dir;

    @Test
    void theTaskExportIsReadAsASalesforceTaskExportRowByRow() throws Exception {
        Path file = dir.resolve("tasks.csv");
        Yardstick.writeTasks(file, 1_000);

        try (Table table = TableReader.open(file, CrmSchemas.ALL)) {
            assertThat(table.layout().schema().kind()).isEqualTo(CrmSchemas.SF_TASK);
            long rows = 0;
            Iterator<SheetRow> it = table.dataRows();
            while (it.hasNext()) {
                SheetRow row = it.next();
                rows++;
                assertThat(table.layout().cell(row, "id").text()).startsWith("00T");
            }
            assertThat(rows).isEqualTo(1_000);
        }
    }

    @Test
    void theTaskExportHasTheSameBytesEachTime() throws Exception {
        Path one = dir.resolve("one.csv");
        Path other = dir.resolve("other.csv");
        Yardstick.writeTasks(one, 500);
        Yardstick.writeTasks(other, 500);

        assertThat(Files.mismatch(one, other)).isEqualTo(-1L);
        assertThat(Files.readAllLines(one)).hasSize(501);
    }
}
