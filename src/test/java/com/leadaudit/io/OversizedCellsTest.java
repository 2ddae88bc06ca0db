package com.leadaudit.io;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * SPEC §4 "an oversized cell rejects its row, not its file", alike in every format: a cell over a million characters
 * (a 20 MB notes cell) marks its row with the reason and the rows around it read as usual; a cell over Excel's
 * 32,767 characters but under a million is kept, cut (the importer warns about it). Issue 14 item 5.
 */
class OversizedCellsTest {

    private static final String REASON = "a cell in column B holds more than 1,000,000 characters, far more than any "
            + "export writes: the row is not read";

    @TempDir
    Path temp;

    private static String prose(int length) {
        return HostileFiles.prose(length, length);
    }

    private static String inline(String ref, String text) {
        return "<c r=\"" + ref + "\" t=\"inlineStr\"><is><t>" + text + "</t></is></c>";
    }

    @Test
    void anInlineStringOverAMillionCharactersRejectsItsRowOnly() throws Exception {
        Path file = new RawXlsx().rows("<row r=\"1\">" + inline("A1", "Email") + inline("B1", "Notes") + "</row>"
                + "<row r=\"2\">" + inline("A2", "a@acme.example") + inline("B2", prose(1_200_000)) + "</row>"
                + "<row r=\"3\">" + inline("A3", "c@acme.example") + inline("B3", "short") + "</row>")
                .write(temp.resolve("inline.xlsx"));

        assertRowTwoRejectedRowThreeRead(Rows.readAll(file));
    }

    @Test
    void aSharedStringOverAMillionCharactersRejectsItsRowOnly() throws Exception {
        Path file = new RawXlsx().sharedStrings("Email", "Notes", "a@acme.example", prose(1_200_000),
                        "c@acme.example", "short")
                .rows("<row r=\"1\"><c r=\"A1\" t=\"s\"><v>0</v></c><c r=\"B1\" t=\"s\"><v>1</v></c></row>"
                        + "<row r=\"2\"><c r=\"A2\" t=\"s\"><v>2</v></c><c r=\"B2\" t=\"s\"><v>3</v></c></row>"
                        + "<row r=\"3\"><c r=\"A3\" t=\"s\"><v>4</v></c><c r=\"B3\" t=\"s\"><v>5</v></c></row>")
                .write(temp.resolve("shared.xlsx"));

        assertRowTwoRejectedRowThreeRead(Rows.readAll(file));
    }

    @Test
    void aFormulaResultOverAMillionCharactersRejectsItsRowOnly() throws Exception {
        Path file = new RawXlsx().rows("<row r=\"1\">" + inline("A1", "Email") + inline("B1", "Notes") + "</row>"
                + "<row r=\"2\">" + inline("A2", "a@acme.example") + "<c r=\"B2\" t=\"str\"><f>A2</f><v>"
                + prose(1_200_000) + "</v></c></row>"
                + "<row r=\"3\">" + inline("A3", "c@acme.example") + inline("B3", "short") + "</row>")
                .write(temp.resolve("str.xlsx"));

        assertRowTwoRejectedRowThreeRead(Rows.readAll(file));
    }

    @Test
    void aCsvFieldOverAMillionCharactersGivesTheSameReason() throws Exception {
        Path file = temp.resolve("notes.csv");
        Files.writeString(file, "Email,Notes\r\na@acme.example,\"" + prose(1_200_000) + "\"\r\nc@acme.example,short\r\n");

        assertRowTwoRejectedRowThreeRead(Rows.readAll(file));
    }

    @Test
    void aCellOverExcelsLimitButUnderAMillionIsKeptCutAndItsRowRead() throws Exception {
        Path file = new RawXlsx().rows("<row r=\"1\">" + inline("A1", "Email") + inline("B1", "Notes") + "</row>"
                + "<row r=\"2\">" + inline("A2", "a@acme.example") + inline("B2", prose(100_000)) + "</row>")
                .write(temp.resolve("long.xlsx"));

        SheetRow row = Rows.readAll(file).get(1);

        assertThat(row.problem()).isNull();
        assertThat(row.cells().get(1).text()).hasSize(32_767);
    }

    private static void assertRowTwoRejectedRowThreeRead(List<SheetRow> rows) {
        assertThat(rows).hasSize(3);
        assertThat(rows.get(1).rowNumber()).isEqualTo(2);
        assertThat(rows.get(1).problem()).isEqualTo(REASON);
        assertThat(rows.get(1).cells().get(1).text()).hasSizeLessThanOrEqualTo(32_767);
        assertThat(rows.get(2).problem()).isNull();
        assertThat(Rows.texts(rows.get(2))).containsExactly("c@acme.example", "short");
    }
}
