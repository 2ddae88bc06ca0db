package com.leadaudit.io;

import static org.assertj.core.api.Assertions.assertThat;

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
}
