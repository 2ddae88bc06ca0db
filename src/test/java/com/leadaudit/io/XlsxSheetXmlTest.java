package com.leadaudit.io;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Sheet XML as tools other than Excel write it: inline strings, gaps, missing references, odd cell types. */
class XlsxSheetXmlTest {

    @TempDir
    Path dir;

    private List<SheetRow> read(String rowsXml) throws Exception {
        return Rows.readAll(new RawXlsx().withStyles().rows(rowsXml).write(dir.resolve("sheet.xlsx")));
    }

    @Test
    void inlineStringsAndGapsLandInTheirColumns() throws Exception {
        List<SheetRow> rows = read("""
                <row r="1"><c r="A1" t="inlineStr"><is><t>Email</t></is></c>\
                <c r="D1" t="inlineStr"><is><t>Company</t></is></c></row>""");

        assertThat(Rows.texts(rows.get(0))).containsExactly("Email", "", "", "Company");
    }

    @Test
    void rowsMissingFromTheXmlKeepSpreadsheetRowNumbers() throws Exception {
        List<SheetRow> rows = read("""
                <row r="2"><c r="A2" t="inlineStr"><is><t>Email</t></is></c></row>\
                <row r="7"><c r="A7" t="inlineStr"><is><t>a@example.com</t></is></c></row>""");

        assertThat(rows).extracting(SheetRow::rowNumber).containsExactly(2, 7);
    }

    @Test
    void rowsAndCellsWithoutReferencesAreCountedInOrder() throws Exception {
        List<SheetRow> rows = read("""
                <row><c t="inlineStr"><is><t>Email</t></is></c><c t="inlineStr"><is><t>Name</t></is></c></row>\
                <row r="5"><c r="B5" t="inlineStr"><is><t>x</t></is></c><c t="inlineStr"><is><t>y</t></is></c></row>\
                <row><c t="inlineStr"><is><t>z</t></is></c></row>""");

        assertThat(rows).extracting(SheetRow::rowNumber).containsExactly(1, 5, 6);
        assertThat(Rows.texts(rows.get(0))).containsExactly("Email", "Name");
        assertThat(Rows.texts(rows.get(1))).containsExactly("", "x", "y");
        assertThat(Rows.texts(rows.get(2))).containsExactly("z");
    }

    @Test
    void booleansErrorsAndFormulaResultsReadAsTheSpreadsheetShowsThem() throws Exception {
        List<SheetRow> rows = read("""
                <row r="1">\
                <c r="A1" t="b"><v>1</v></c>\
                <c r="B1" t="b"><v>0</v></c>\
                <c r="C1" t="e"><v>#N/A</v></c>\
                <c r="D1" t="str"><f>CONCAT("a","b")</f><v>ab</v></c>\
                <c r="E1"><f>1+1</f><v>2</v></c>\
                <c r="F1" t="e"><f>1/0</f><v>#DIV/0!</v></c>\
                <c r="G1"><f>NOW()</f></c>\
                </row>""");

        assertThat(Rows.texts(rows.get(0))).containsExactly("TRUE", "FALSE", "#N/A", "ab", "2", "#DIV/0!");
        assertThat(rows.get(0).cell(4).number()).isEqualTo(2.0);
    }

    @Test
    void builtInAndCustomDateFormatsAreFlaggedButOtherNumberFormatsAreNot() throws Exception {
        List<SheetRow> rows = read("""
                <row r="1"><c r="A1" s="1"><v>45356</v></c><c r="B1" s="2"><v>45356.75</v></c>\
                <c r="C1" s="3"><v>45356</v></c><c r="D1"><v>45356</v></c></row>""");

        SheetRow row = rows.get(0);
        assertThat(row.cells()).extracting(CellValue::dateFormatted).containsExactly(true, true, false, false);
        assertThat(Rows.texts(row)).containsExactly("2024-03-05", "2024-03-05 18:00", "45356", "45356");
    }

    @Test
    void numbersReadWithoutExponentOrTrailingZero() throws Exception {
        List<SheetRow> rows = read("""
                <row r="1"><c r="A1"><v>4155550100</v></c><c r="B1"><v>1.5E-3</v></c>\
                <c r="C1"><v>0.30000000000000004</v></c><c r="D1"><v>-42.0</v></c><c r="E1"><v>1E+21</v></c></row>""");

        assertThat(Rows.texts(rows.get(0)))
                .containsExactly("4155550100", "0.0015", "0.3", "-42", "1000000000000000000000");
    }

    @Test
    void emptyStyledCellsToTheFarRightDoNotWidenTheRow() throws Exception {
        List<SheetRow> rows = read("""
                <row r="1"><c r="A1" t="inlineStr"><is><t>Email</t></is></c><c r="XFD1" s="1"/></row>""");

        assertThat(rows.get(0).cells()).hasSize(1);
    }

    @Test
    void valueInTheLastColumnPadsOnlyUpToIt() throws Exception {
        List<SheetRow> rows = read("""
                <row r="1048576"><c r="XFD1048576" t="inlineStr"><is><t>far</t></is></c></row>""");

        assertThat(rows.get(0).rowNumber()).isEqualTo(1_048_576);
        assertThat(rows.get(0).cells()).hasSize(16_384);
        assertThat(rows.get(0).text(16_383)).isEqualTo("far");
    }

    @Test
    void referenceBeyondColumnXfdIsDropped() throws Exception {
        List<SheetRow> rows = read("""
                <row r="1"><c r="A1" t="inlineStr"><is><t>Email</t></is></c>\
                <c r="ZZZZ1" t="inlineStr"><is><t>ghost</t></is></c></row>""");

        assertThat(Rows.texts(rows.get(0))).containsExactly("Email");
    }

    @Test
    void oversizedCellIsCutAtExcelsLimit() throws Exception {
        List<SheetRow> rows = read("<row r=\"1\"><c r=\"A1\" t=\"inlineStr\"><is><t>" + "x".repeat(40_000)
                + "</t></is></c><c r=\"B1\"><v>" + "9".repeat(40_000) + "</v></c></row>");

        assertThat(rows.get(0).text(0)).hasSize(CellLimits.MAX_CELL_CHARS);
        assertThat(rows.get(0).text(1)).hasSize(CellLimits.MAX_CELL_CHARS);
        assertThat(rows.get(0).cell(1).number()).as("a 40,000-digit number is no number").isNull();
    }

    @Test
    void escapedControlCharactersInInlineStringsAreDecoded() throws Exception {
        List<SheetRow> rows = read("""
                <row r="1"><c r="A1" t="inlineStr"><is><t>line one_x000D_
                line two</t></is></c></row>""");

        assertThat(rows.get(0).text(0)).isEqualTo("line one\r\nline two");
    }
}
