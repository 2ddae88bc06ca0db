package com.leadaudit.io;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.ss.usermodel.Sheet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * SPEC §4 "every value from an input is made safe before it is stored or written": whatever the format, a cell's
 * text reaches the importer without NUL or other control characters and without lone surrogates, with tabs and line
 * breaks kept. Issue 14: such a value once failed the night when PostgreSQL refused it.
 */
class UnsafeCellTextTest {

    @TempDir
    Path temp;

    @Test
    void csvCellsLoseControlCharacters() throws Exception {
        Path file = temp.resolve("scans.csv");
        Files.writeString(file, "Email,Notes\r\na\u0001b@acme.example,\"bell\u0007 escape\u001b[0m\nnext line\tend\"\r\n"
                        // a few stray control bytes among ordinary rows: text with damage, not a binary file
                        + "ordinary@acme.example,nothing special to say about this visitor\r\n".repeat(20),
                StandardCharsets.UTF_8);

        SheetRow row = Rows.readAll(file).get(1);

        assertThat(Rows.texts(row)).containsExactly("ab@acme.example", "bell escape[0m\nnext line\tend");
    }

    @Test
    void xlsxEscapesThatSpellControlCharactersOrLoneSurrogatesAreMadeSafe() throws Exception {
        // OOXML writes characters XML cannot carry as _xHHHH_; a hostile or broken writer can spell NUL or half a pair
        Path file = new RawXlsx().rows("<row r=\"1\"><c r=\"A1\" t=\"inlineStr\"><is><t>Notes</t></is></c></row>"
                + "<row r=\"2\"><c r=\"A2\" t=\"inlineStr\"><is><t>a_x0000_b_x0001_c_xD800_d_x000D_e</t></is></c></row>")
                .write(temp.resolve("escapes.xlsx"));

        SheetRow row = Rows.readAll(file).get(1);

        assertThat(Rows.texts(row)).containsExactly("abc\uFFFDd\re");
    }

    @Test
    void xlsCellsLoseControlCharacters() throws Exception {
        Path file = temp.resolve("scans.xls");
        try (HSSFWorkbook book = new HSSFWorkbook()) {
            Sheet sheet = book.createSheet("Leads");
            sheet.createRow(0).createCell(0).setCellValue("Notes");
            sheet.createRow(1).createCell(0).setCellValue("x\u0002y\uDC00z");
            try (var out = Files.newOutputStream(file)) {
                book.write(out);
            }
        }

        SheetRow row = Rows.readAll(file).get(1);

        assertThat(Rows.texts(row).get(0)).doesNotContain("\u0002").startsWith("xy").endsWith("z");
    }
}
