package com.leadaudit.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.junit.jupiter.api.Test;

class HeaderLocatorTest {

    private static SheetRow row(int number, String... texts) {
        return new SheetRow(number, Arrays.stream(texts).map(CellValue::text).toList());
    }

    @Test
    void headerBelowTitleRowsAndABlankLineIsFound() {
        List<SheetRow> rows = List.of(
                row(1, "Big Show 2024 — Lead Report"),
                row(2, "Exported by jane@example.com on 03/10/2024"),
                row(4, " First Name", "Last Name", "Email", "Company"),
                row(5, "Ana", "Lima", "ana@example.com", "Acme"));

        TableLayout layout = HeaderLocator.locate(rows, List.of(TestSchemas.scans())).orElseThrow();

        assertThat(layout.headerIndex()).isEqualTo(2);
        assertThat(layout.headerRowNumber()).isEqualTo(4);
        assertThat(layout.columnByField()).as("leading space in ' First Name' is forgiven")
                .containsExactly(entry("email", 2), entry("firstName", 0), entry("lastName", 1), entry("company", 3));
        assertThat(layout.headers()).containsExactly(" First Name", "Last Name", "Email", "Company");
        assertThat(layout.schema().kind()).isEqualTo("scans");
    }

    @Test
    void dynamicsDoNotModifyColumnsAreSkippedEvenWhenTheyWouldMatch() {
        List<SheetRow> rows = List.of(row(1, "(Do Not Modify) Email", "(Do Not Modify) Row Checksum",
                "(Do Not Modify) Modified On", "First Name", "Last Name", "Email", "Company Name"));

        TableLayout layout = HeaderLocator.locate(rows, List.of(TestSchemas.scans())).orElseThrow();

        assertThat(layout.columnByField()).containsEntry("email", 5).containsEntry("firstName", 3)
                .containsEntry("company", 6);
    }

    @Test
    void leftmostColumnWinsWhenTwoHeadersMeanTheSameField() {
        List<SheetRow> rows = List.of(row(1, "Email", "First Name", "Last Name", "Email Address"));

        TableLayout layout = HeaderLocator.locate(rows, List.of(TestSchemas.scans())).orElseThrow();

        assertThat(layout.columnByField()).containsEntry("email", 0);
        assertThat(layout.columnByField()).doesNotContainValue(3);
    }

    @Test
    void rowWithTooFewKnownColumnsIsNotAHeader() {
        List<SheetRow> rows = List.of(row(1, "Email", "Notes"), row(2, "a@example.com", "call back"));

        assertThat(HeaderLocator.locate(rows, List.of(TestSchemas.scans()))).isEmpty();
    }

    @Test
    void missingRequiredFieldDisqualifiesTheSchema() {
        List<SheetRow> rows = List.of(row(1, "First Name", "Last Name", "Company", "Phone"));

        assertThat(HeaderLocator.locate(rows, List.of(TestSchemas.scans()))).isEmpty();
    }

    @Test
    void schemaMatchingMoreColumnsWinsOverOneListedEarlier() {
        List<SheetRow> rows = List.of(row(1, "Lead Owner", "First Name", "Last Name", "Company / Account", "Email",
                "Create Date"));

        TableLayout layout = HeaderLocator.locate(rows,
                List.of(TestSchemas.scans(), TestSchemas.salesforceLeadReport())).orElseThrow();

        assertThat(layout.schema().kind()).isEqualTo("salesforce-lead-report");
        assertThat(layout.columnByField()).hasSize(6);
    }

    @Test
    void onATieTheEarlierSchemaInTheListWins() {
        TableSchema a = new TableSchema("a", Map.of("email", List.of("Email"), "name", List.of("Name")), Set.of(), 2);
        TableSchema b = new TableSchema("b", Map.of("mail", List.of("Email"), "who", List.of("Name")), Set.of(), 2);

        Optional<TableLayout> layout = HeaderLocator.locate(List.of(row(1, "Name", "Email")), List.of(b, a));

        assertThat(layout).map(l -> l.schema().kind()).contains("b");
    }

    @Test
    void onATieTheEarlierRowWins() {
        List<SheetRow> rows = List.of(row(1, "Email", "First Name", "Last Name"),
                row(2, "Email", "First Name", "Last Name"));

        assertThat(HeaderLocator.locate(rows, List.of(TestSchemas.scans())).orElseThrow().headerRowNumber())
                .isEqualTo(1);
    }

    @Test
    void onlyTheFirstThirtyRowsAreSearched() {
        List<SheetRow> rows = new ArrayList<>();
        for (int i = 1; i <= HeaderLocator.FIRST_ROWS; i++) {
            rows.add(row(i, "filter line " + i));
        }
        rows.add(row(31, "Email", "First Name", "Last Name"));

        assertThat(HeaderLocator.locate(rows, List.of(TestSchemas.scans()))).isEmpty();
    }

    @Test
    void localizedAndAccentedHeadersMatchTheirSynonyms() {
        List<SheetRow> rows = List.of(row(1, "PRÉNOM", "Nom", "Courriel", "Societe"));

        TableLayout layout = HeaderLocator.locate(rows, List.of(TestSchemas.scans())).orElseThrow();

        assertThat(layout.columnByField()).containsOnlyKeys("firstName", "lastName", "email", "company");
    }

    @Test
    void layoutGivesAFieldsCellOrEmptyWhenTheColumnIsAbsent() {
        List<SheetRow> rows = List.of(row(1, "Email", "First Name", "Last Name"));
        TableLayout layout = HeaderLocator.locate(rows, List.of(TestSchemas.scans())).orElseThrow();
        SheetRow data = row(2, "ana@example.com", "Ana", "Lima");

        assertThat(layout.cell(data, "firstName").text()).isEqualTo("Ana");
        assertThat(layout.has("phone")).isFalse();
        assertThat(layout.cell(data, "phone")).isEqualTo(CellValue.EMPTY);
    }
}
