package com.leadaudit.io;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.ZoneId;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * SPEC §4: a trailing bracketed note is not part of a header's name; a note naming a zone or offset is the zone of
 * that column's times; a field split over columns by record type is read from whichever the row fills.
 */
class HeaderNotesTest {

    private static SheetRow row(int number, String... texts) {
        return new SheetRow(number, Arrays.stream(texts).map(CellValue::text).toList());
    }

    @ParameterizedTest(name = "[{0}] zone {1}")
    @CsvSource(delimiter = '|', nullValues = "NONE", value = {
            "UTC              | Z",
            "GMT              | Z",
            "GMT+02:00        | +02:00",
            "UTC-5            | -05:00",
            "GMT +1           | +01:00",
            "CET              | CET",
            "EST              | -05:00",
            "PST              | America/Los_Angeles",
            "Europe/Berlin    | Europe/Berlin",
            "local time       | NONE",
            "Contact          | NONE",
            "Lead             | NONE",
            "Cuba             | NONE",
            "GMT+99           | NONE"})
    void aNoteNamesAZoneOnlyWhenItIsOne(String note, String zone) {
        assertThat(ColumnNames.zoneOf(note).map(ZoneId::getId).orElse(null)).isEqualTo(zone);
    }

    @ParameterizedTest(name = "[{0}] → [{1}] note [{2}]")
    @CsvSource(delimiter = '|', nullValues = "NONE", value = {
            "Scan Date (UTC)               | Scan Date           | UTC",
            "Zeit [CET]                    | Zeit                | CET",
            "Email (Regarding) (Lead)      | Email (Regarding)   | Lead",
            "'Created ( GMT+02:00 ) '      | Created             | GMT+02:00",
            "(Do Not Modify) Contact       | NONE                | NONE",
            "(UTC)                         | NONE                | NONE",
            "Scan Date                     | NONE                | NONE"})
    void theLastBracketedNoteComesOff(String header, String base, String note) {
        assertThat(ColumnNames.withoutNote(header)).isEqualTo(base);
        assertThat(ColumnNames.note(header)).isEqualTo(note);
    }

    @Test
    void aHeaderWithAZoneNoteIsItsFieldAndCarriesTheZone() {
        TableLayout layout = HeaderLocator.locate(List.of(row(1, "Email", "First Name", "Scan Date (GMT+02:00)",
                "Rating [stars]")), List.of(TestSchemas.scans())).orElseThrow();

        assertThat(layout.columnByField()).containsEntry("scannedAt", 2).containsEntry("rating", 3);
        assertThat(layout.zone("scannedAt")).contains(ZoneId.of("+02:00"));
        assertThat(layout.zone("rating")).isEmpty();
        assertThat(layout.describeReading()).contains("\"Scan Date (GMT+02:00)\" → scannedAt (times in +02:00)");
    }

    @Test
    void aFieldSplitByRecordTypeIsReadFromTheFilledColumn() {
        TableSchema activities = new TableSchema("activities", Map.of(
                "type", List.of("Activity Type"), "email", List.of("Email (Regarding)"),
                "status", List.of("Activity Status")), Set.of("type", "email"), 3);
        TableLayout layout = HeaderLocator.locate(List.of(row(1, "Activity Type", "Email (Regarding) (Contact)",
                "Email (Regarding) (Lead)", "Email (Regarding) (Account)", "Activity Status")),
                List.of(activities)).orElseThrow();

        assertThat(layout.columnByField()).containsEntry("email", 1);
        assertThat(layout.moreColumns()).containsEntry("email", List.of(2, 3));
        assertThat(layout.reads(3)).isTrue();
        assertThat(layout.cell(row(2, "Email", "", "lead@x.example", "", "Completed"), "email").text())
                .isEqualTo("lead@x.example");
        assertThat(layout.cell(row(3, "Email", "contact@x.example", "lead@x.example", "", "Completed"), "email")
                .text()).as("the first filled column").isEqualTo("contact@x.example");
    }

    @Test
    void aHeaderAsWrittenWinsOverOneThatMatchesOnlyWithoutItsNote() {
        TableLayout layout = HeaderLocator.locate(List.of(row(1, "Email (Work)", "First Name", "Last Name", "Email")),
                List.of(TestSchemas.scans())).orElseThrow();

        assertThat(layout.columnByField()).containsEntry("email", 3);
    }

    @Test
    void twoKindsThatReadAHeaderEquallyWellAreNamedAsAmbiguous() {
        TableSchema a = new TableSchema("contacts-a", Map.of("email", List.of("Email"), "first", List.of("First Name"),
                "last", List.of("Last Name")), Set.of("email"), 3);
        TableSchema b = new TableSchema("contacts-b", Map.of("email", List.of("Email"), "first", List.of("First Name"),
                "last", List.of("Last Name")), Set.of("email"), 3);

        TableLayout layout = HeaderLocator.locate(List.of(row(1, "Email", "First Name", "Last Name")), List.of(a, b))
                .orElseThrow();

        assertThat(layout.schema().kind()).isEqualTo("contacts-a");
        assertThat(layout.notes()).anySatisfy(note -> assertThat(note).startsWith("ambiguous header")
                .contains("\"contacts-b\"").contains("read as \"contacts-a\""));
        assertThat(layout.notes()).anySatisfy(note -> assertThat(note).startsWith("weak fit"));
    }

    @Test
    void aClearFitHasNoNotes() {
        TableLayout layout = HeaderLocator.locate(List.of(row(1, "Email", "First Name", "Last Name", "Company",
                "Rating")), List.of(TestSchemas.scans(), TestSchemas.salesforceTask())).orElseThrow();

        assertThat(layout.notes()).isEmpty();
    }
}
