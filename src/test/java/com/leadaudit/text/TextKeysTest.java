package com.leadaudit.text;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

class TextKeysTest {

    @ParameterizedTest(name = "\"{0}\" -> squash \"{1}\", fold \"{2}\", compact \"{3}\"")
    @CsvSource(delimiter = '|', nullValues = "NONE", textBlock = """
            '  Phone   Call '     | Phone Call        | phone call        | phonecall
            'Terminé\u00A0(e)'    | Terminé (e)       | termine (e)       | terminee
            Ærøskøbing Straße     | Ærøskøbing Straße | aeroskobing strasse | aeroskobingstrasse
            PHONE_CALL            | PHONE_CALL        | phone_call        | phonecall
            NONE                  | ''                | ''                | ''
            """)
    void foldsTextForComparison(String raw, String squashed, String folded, String compacted) {
        assertThat(TextKeys.squash(raw)).isEqualTo(squashed);
        assertThat(TextKeys.fold(raw)).isEqualTo(folded);
        assertThat(TextKeys.compact(raw)).isEqualTo(compacted);
    }
}
