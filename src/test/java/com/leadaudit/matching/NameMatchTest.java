package com.leadaudit.matching;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;


import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class NameMatchTest {

    @ParameterizedTest(name = "{3}")
    @CsvSource(delimiter = '|', nullValues = "NONE", textBlock = """
            anna smith    | anna smith    | true  | identical names agree
            jon smith     | john smith    | true  | a dropped letter still agrees
            katherine lee | catherine lee | true  | a different first letter still agrees on the rest
            anna smith    | hanna smyth   | false | two changes are too many
            anna smith    | bob jones     | false | different people
            ''            | ''            | false | two blank names never agree
            NONE          | anna smith    | false | a missing name never agrees
            """)
    void namesAgreeAtTheThreshold(String a, String b, boolean expected, String why) {
        assertThat(NameMatch.namesAgree(a, b)).as(why + " (%.4f)", NameMatch.similarity(a, b)).isEqualTo(expected);
    }

    @Test
    void similarityIsJaroWinkler() {
        // Hand-computed: MARTHA/MARHTA has 6 matches, 1 transposition, Jaro 0.9444, prefix 3 -> 0.9611.
        assertThat(NameMatch.similarity("martha", "marhta")).isCloseTo(0.9611, within(0.0001));
        assertThat(NameMatch.THRESHOLD).isEqualTo(0.93);
    }

    @ParameterizedTest(name = "{5}")
    @CsvSource(delimiter = '|', textBlock = """
            acme | acme  | ''          | ''          | true  | same company
            acme | other | acme.com    | acme.com    | true  | same work domain
            acme | other | gmail.com   | gmail.com   | false | a shared free-mail domain proves nothing
            ''   | ''    | ''          | ''          | false | nothing known agrees on nothing
            acme | other | acme.com    | acme.de     | false | different domains and companies
            ''   | acme  | yahoo.co.uk | yahoo.co.uk | false | free mail under a country domain
            """)
    void companyOrDomainMustAgree(String ca, String cb, String da, String db, boolean expected, String why) {
        assertThat(NameMatch.companyOrDomainAgrees(ca, cb, da, db)).as(why).isEqualTo(expected);
    }
}
