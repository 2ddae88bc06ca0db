package com.leadaudit.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SpreadsheetFormatTest {

    @TempDir
    Path dir;

    @Test
    void xlsxIsRecognisedByContentEvenWhenNamedCsv() throws Exception {
        Path file = Files.write(dir.resolve("scans.csv"), HostileFiles.smallXlsx());

        assertThat(SpreadsheetFormat.detect(file)).isEqualTo(SpreadsheetFormat.XLSX);
    }

    @Test
    void xlsIsRecognisedByContentEvenWhenNamedXlsx() throws Exception {
        Path file = dir.resolve("scans.xlsx");
        try (HSSFWorkbook wb = new HSSFWorkbook(); OutputStream out = Files.newOutputStream(file)) {
            wb.createSheet("Scans").createRow(0).createCell(0).setCellValue("Email");
            wb.write(out);
        }

        assertThat(SpreadsheetFormat.detect(file)).isEqualTo(SpreadsheetFormat.XLS);
    }

    @Test
    void plainTextIsCsvWhateverTheName() throws Exception {
        Path file = Files.writeString(dir.resolve("scans.xlsx"), "Email,First Name\nana@example.com,Ana\n");

        assertThat(SpreadsheetFormat.detect(file)).isEqualTo(SpreadsheetFormat.CSV);
    }

    @Test
    void utf16TextWithBomIsCsvDespiteItsNulBytes() throws Exception {
        Path file = Files.writeString(dir.resolve("scans.txt"), "\uFEFFEmail\tName\r\na@example.com\tA\r\n",
                StandardCharsets.UTF_16LE);

        assertThat(SpreadsheetFormat.detect(file)).isEqualTo(SpreadsheetFormat.CSV);
    }

    @Test
    void windows1252TextIsCsvNotBinary() throws Exception {
        Path file = Files.writeString(dir.resolve("scans.csv"), "Name;Firma\nJos\u00E9 M\u00FCller;Stra\u00DFe AG\n",
                CsvEncoding.WINDOWS_1252);

        assertThat(SpreadsheetFormat.detect(file)).isEqualTo(SpreadsheetFormat.CSV);
    }

    @Test
    void htmlSavedAsXlsIsExplainedRatherThanReadAsCsv() throws Exception {
        Path file = Files.writeString(dir.resolve("leads.xls"),
                "<html><body><table><tr><td>Email</td></tr></table></body></html>");

        assertThatThrownBy(() -> SpreadsheetFormat.detect(file))
                .isInstanceOf(UnreadableFileException.class)
                .hasMessageContaining("web page (HTML)");
    }

    @Test
    void missingFileIsReportedAsMissing() {
        assertThatThrownBy(() -> SpreadsheetFormat.detect(dir.resolve("gone.csv")))
                .isInstanceOf(UnreadableFileException.class)
                .hasMessage("the file does not exist (it may have been moved or deleted)");
    }

    @Test
    void folderIsNotAFile() {
        assertThatThrownBy(() -> SpreadsheetFormat.detect(dir))
                .isInstanceOf(UnreadableFileException.class)
                .hasMessage("the path is a folder, not a file");
    }
}
