package com.leadaudit.formats;

import static org.assertj.core.api.Assertions.assertThat;

import com.leadaudit.crm.CrmSchemas;
import com.leadaudit.io.CellValue;
import com.leadaudit.io.HeaderLocator;
import com.leadaudit.io.SheetRow;
import com.leadaudit.io.TableLayout;
import com.leadaudit.io.TableSchema;
import com.leadaudit.scan.BadgeScanSchema;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * SPEC §4: header spellings real exports use, per vendor kind and field, as found in vendor documentation and real
 * exports ({@code conformance/header-spellings.tsv}, each row with its source). Each spelling is put in a header row
 * beside the kind's other columns, and must be read as that field of that kind, with every built-in layout
 * competing for the file.
 */
class HeaderSpellingsConformanceTest {

    /**
     * Spellings a source gives for a field that leadaudit deliberately reads otherwise, with the reason. Kept short:
     * every entry is a spelling a customer's file could carry.
     */
    private static final Map<String, String> READ_OTHERWISE = Map.of(
            "salesforce-contact|account_id|Account Name",
            "a report's Account Name is the account's name, read as the contact's company (SPEC §6), not its id",
            "salesforce-task|who_id|Name",
            "a report's Name column shows the person's name, not an id that could link the task",
            "salesforce-event|who_id|Name",
            "a report's Name column shows the person's name, not an id that could link the event",
            "dynamics-activities|modified_on|(Do Not Modify) Modified On",
            "the hidden system column is the record's, Modified On beside it is what the view shows",
            "hubspot-calls|contact_ids|Associated Contact",
            "HubSpot's Associated Contact column holds the contacts' names; their ids are in Associated Contact IDs",
            "badge-scan|scanned_at|Scan time",
            "read as the scan-time column, which alone carries the whole date and time (ScanRowMapper)");

    record Spelling(String kind, String field, String header, String form, String source) {
        String key() {
            return kind + "|" + field + "|" + header;
        }
    }

    static List<Spelling> spellings() throws IOException {
        try (InputStream in = HeaderSpellingsConformanceTest.class.getResourceAsStream(
                "/conformance/header-spellings.tsv")) {
            List<Spelling> rows = new ArrayList<>();
            String[] lines = new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n");
            for (int i = 1; i < lines.length; i++) {
                if (lines[i].isBlank()) {
                    continue;
                }
                String[] parts = lines[i].split("\t", -1);
                rows.add(new Spelling(parts[0], parts[1], parts[2], parts[3], parts[4]));
            }
            return rows;
        }
    }

    static Stream<Arguments> readSpellings() throws IOException {
        return spellings().stream().filter(s -> !READ_OTHERWISE.containsKey(s.key()))
                .map(s -> Arguments.of(s.kind(), s.field(), s.header(), s.form(), s.source()));
    }

    @ParameterizedTest(name = "{0} {1} ← \"{2}\" ({3})")
    @MethodSource("readSpellings")
    void realSpellingIsReadAsItsField(String kind, String field, String header, String form, String source) {
        List<TableSchema> competing = kind.equals("badge-scan") ? List.of(BadgeScanSchema.SCHEMA) : CrmSchemas.ALL;
        TableSchema own = competing.stream().filter(s -> s.kind().equals(kind)
                && s.synonymsByField().containsKey(field)).findFirst().orElseThrow(
                () -> new AssertionError("no layout " + kind + " with field " + field + " (source " + source + ")"));

        List<CellValue> cells = new ArrayList<>();
        cells.add(CellValue.text(header));
        own.synonymsByField().forEach((other, synonyms) -> {
            if (!other.equals(field)) {
                cells.add(CellValue.text(synonyms.get(0)));
            }
        });
        TableLayout layout = HeaderLocator.locate(List.of(new SheetRow(1, cells)), competing).orElseThrow(
                () -> new AssertionError("no layout found for a header with \"" + header + "\""));

        assertThat(layout.schema().kind()).as("kind of a file with \"%s\" (%s)", header, source).isEqualTo(kind);
        assertThat(layout.columnByField().get(field)).as("\"%s\" read as %s (%s)", header, field, source)
                .isEqualTo(0);
    }

    @Test
    void everyExceptionNamesASpellingTheTableHolds() throws IOException {
        List<String> keys = spellings().stream().map(Spelling::key).toList();
        assertThat(keys).containsAll(READ_OTHERWISE.keySet());
        assertThat(spellings()).as("the table is the vendors' documentation, not a handful").hasSizeGreaterThan(150);
    }
}
