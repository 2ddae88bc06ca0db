package com.leadaudit.io;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ColumnNamesTest {

    @ParameterizedTest(name = "[{0}] -> [{1}]")
    @CsvSource(delimiter = '|', value = {
            "' First  Name'          | first name",
            "first_name              | first name",
            "FIRST-NAME              | first name",
            "Prénom                  | prenom",
            "Société                 | societe",
            "Teléfono                | telefono",
            "'\uFEFFEmail'           | email",
            "'\u00A0Full Name\u00A0' | full name",
            "E-Mail Address:         | e mail address",
            "Company / Account       | company account",
            "FirstName               | firstname",
            "Scan Date (UTC)         | scan date utc",
            "'  '                    | ''"})
    void normalizeGivesOneKeyForEveryWayOfWritingAHeader(String header, String key) {
        assertThat(ColumnNames.normalize(header)).isEqualTo(key);
    }

    @ParameterizedTest(name = "[{0}] system column: {1}")
    @CsvSource(delimiter = '|', value = {
            "(Do Not Modify) Lead          | true",
            "(Do Not Modify) Row Checksum  | true",
            "' (do not modify) Modified On' | true",
            "Do Not Modify                 | false",
            "Email                         | false"})
    void dynamicsHiddenColumnsAreRecognised(String header, boolean system) {
        assertThat(ColumnNames.isSystemColumn(header)).isEqualTo(system);
    }

    /** The shortcut a table takes for every data row must answer exactly as normalizing does. */
    @Test
    void normalizesToAnswersAsNormalizeDoes() {
        List<String> texts = List.of("Id", "ID", " id", "00T5e00000abcde", "__Id__", "-", "", "  ", "Étape", "étape",
                "etape", "\uFEFFId", "\u00A0Id", "İd", "Ïd", "9 Id", "Id 2", "Subject", "subject:", "(Id)", "ÉTAPE");
        List<String> keys = List.of("id", "etape", "subject", "9 id", "id 2", "i", "");
        for (String text : texts) {
            for (String key : keys) {
                assertThat(ColumnNames.normalizesTo(text, key))
                        .as("[%s] normalizes to [%s]", text, key)
                        .isEqualTo(ColumnNames.normalize(text).equals(key));
            }
        }
        assertThat(ColumnNames.normalizesTo(null, "")).isTrue();
        assertThat(ColumnNames.normalizesTo(null, "id")).isFalse();
        assertThat(ColumnNames.normalizesTo("Étape", "etape")).isTrue();
        assertThat(ColumnNames.normalizesTo("00T5e00000abcde", "id")).isFalse();
    }
}
