package com.leadaudit.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Mapping files are written by hand by operators, so every mistake must come back as one sentence naming the line,
 * and a correct file must turn into a schema that recognises exactly the layout it describes.
 */
class LayoutMappingReaderTest {

    private static final Map<String, MappingKind> KINDS = Map.of(
            "lead-list", new MappingKind("lead-list", List.of("email", "first_name", "when"), Map.of()),
            "calls", new MappingKind("calls", List.of("id", "when"), Map.of("channel", Set.of("call", "email"))));

    @TempDir
    Path dir;

    @Test
    void readsFieldsAlternativesSettingsAndMatchHeadersIgnoringCommentsAndKeySpelling() throws Exception {
        LayoutMapping mapping = read("""
                \uFEFF# exported by the booth app
                Kind = calls
                channel = Call
                match = Call Start Time, Call Type

                ID = Record Id
                when = Call Start Time | Start Time
                """);

        assertThat(mapping.kind()).isEqualTo("calls");
        assertThat(mapping.settings()).containsExactly(Map.entry("channel", "call"));
        assertThat(mapping.headersByField()).containsExactly(Map.entry("id", List.of("Record Id")),
                Map.entry("when", List.of("Call Start Time", "Start Time")));
        assertThat(mapping.matchHeaders()).containsExactly("Call Start Time", "Call Type");
        assertThat(mapping.label()).isEqualTo("calls (mappings/m.properties)");
    }

    @ParameterizedTest(name = "{1}")
    @CsvSource(delimiter = '~', quoteCharacter = '"', value = {
            "kind = lead-list|email E-Mail ~ line 2 is not of the form 'field = column header': email E-Mail",
            "kind = lead-list|email = ~ line 2: 'email' has no column header after '='",
            "kind = lead-list|= E-Mail ~ line 2 has nothing before '='",
            "email = E-Mail ~ it has no 'kind = …' line; add one saying what the file holds: calls, lead-list",
            "kind = leads|email = E-Mail ~ line 1: 'leads' is not a kind leadaudit knows; use one of: calls, lead-list",
            "kind = lead-list|emial = E-Mail ~ line 2: 'emial' is not a field of a lead-list mapping; use one of: "
                    + "email, first_name, when (and the settings kind, match)",
            "kind = calls|channel = fax|id = Id ~ line 2: 'channel = fax' is not allowed; use one of: call, email",
            "kind = lead-list|email = E-Mail|Email = Mail ~ 'email' is given twice (lines 2 and 3); keep one line and "
                    + "separate alternative headers with |",
            "kind = lead-list|match = E-Mail ~ it maps no columns: add a line per field such as 'email = E-Mail Address'"})
    void everyMistakeIsOneSentenceNamingItsLine(String lines, String expected) throws Exception {
        Path file = write(lines.replace("|", "\n"));

        assertThatThrownBy(() -> LayoutMappingReader.read(file, "mappings/m.properties", "sha", KINDS))
                .isInstanceOf(LayoutMappingReader.Invalid.class).hasMessage(expected);
    }

    @Test
    void withoutMatchEveryMappedHeaderMustBePresent() throws Exception {
        TableSchema schema = read("kind = lead-list\nemail = Visitor Mail\nwhen = Captured (local)\n").schema();

        assertThat(schema.requiredFields()).containsExactly("email", "when");
        assertThat(locate(schema, "Visitor Mail", "Notes")).isEmpty();
        assertThat(locate(schema, "Notes", "Captured (local)", "Visitor Mail")).get()
                .satisfies(l -> assertThat(l.columnByField()).containsEntry("email", 2).containsEntry("when", 1));
    }

    @Test
    void matchHeadersThatNoFieldReadsStillHaveToBeThere() throws Exception {
        TableSchema schema = read("kind = calls\nmatch = Call Type, Record Id\nid = Record Id\nwhen = Start\n").schema();

        assertThat(schema.requiredFields()).containsExactly("id", "match:1");
        assertThat(locate(schema, "Record Id", "Start")).isEmpty();
        assertThat(locate(schema, "Record Id", "Call Type")).get()
                .satisfies(l -> assertThat(l.columnByField()).containsEntry("id", 0).doesNotContainKey("when"));
    }

    @Test
    void aMappingOutranksABuiltInSchemaThatMatchesMoreColumns() throws Exception {
        TableSchema mapped = read("kind = lead-list\nmatch = Record Id\nemail = Email\n").schema();
        TableSchema builtIn = new TableSchema("hubspot-like", Map.of("id", List.of("Record Id"),
                "email", List.of("Email"), "owner", List.of("Contact Owner")), Set.of("id"), 2);

        var layout = HeaderLocator.locate(List.of(row("Record Id", "Email", "Contact Owner")), List.of(builtIn, mapped));

        assertThat(layout).get().satisfies(l -> assertThat(l.schema().kind()).isEqualTo("lead-list (mappings/m.properties)"));
    }

    private LayoutMapping read(String text) throws Exception {
        return LayoutMappingReader.read(write(text), "mappings/m.properties", "sha", KINDS);
    }

    private Path write(String text) throws Exception {
        return Files.writeString(dir.resolve("m.properties"), text, StandardCharsets.UTF_8);
    }

    private static java.util.Optional<TableLayout> locate(TableSchema schema, String... headers) {
        return HeaderLocator.locate(List.of(row(headers)), List.of(schema));
    }

    private static SheetRow row(String... texts) {
        return new SheetRow(1, java.util.Arrays.stream(texts).map(CellValue::text).toList());
    }
}
