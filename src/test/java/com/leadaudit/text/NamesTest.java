package com.leadaudit.text;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

class NamesTest {

    @ParameterizedTest(name = "clean \"{0}\" -> \"{1}\"")
    @CsvSource(delimiter = '|', nullValues = "NONE", textBlock = """
            '  Anna   Smith '         | Anna Smith
            'Anna\u00A0Smith'          | Anna Smith
            'Anna\tSmith'             | Anna Smith
            NONE                      | ''
            """)
    void cleanTrimsAndCollapsesSpaces(String raw, String expected) {
        assertThat(Names.clean(raw)).isEqualTo(expected);
    }

    @ParameterizedTest(name = "key \"{0}\" -> \"{1}\"")
    @CsvSource(delimiter = '|', nullValues = "NONE", textBlock = """
            '  José   García '  | jose garcia       | accents and spaces
            Müller              | muller            | umlaut
            Straße              | strasse           | sharp s
            Søren Ærø           | soren aero        | Danish letters
            Łukasz Wałęsa       | lukasz walesa     | Polish l with stroke
            O'Brien             | obrien            | apostrophe joins
            Jean-Luc Picard     | jean luc picard   | hyphen separates
            Dr. A.B. Smith      | dr ab smith       | periods join
            'Smith, John'       | smith john        | comma separates
            NONE                | ''                | null
            """)
    void keyIsTheComparisonForm(String raw, String expected, String why) {
        assertThat(Names.key(raw)).as(why).isEqualTo(expected);
    }

    @ParameterizedTest(name = "company \"{0}\" -> \"{1}\"")
    @CsvSource(delimiter = '|', textBlock = """
            'Acme, Inc.'              | acme
            ACME Inc                  | acme
            Acme                      | acme
            acme incorporated         | acme
            Acme LLC                  | acme
            Acme Ltd.                 | acme
            Acme Limited              | acme
            Müller GmbH & Co. KG      | muller
            Siemens AG                | siemens
            Société Générale S.A.     | societe generale
            Société Générale S. A.    | societe generale
            Carrefour SAS             | carrefour
            Dupont SARL               | dupont
            Philips B.V.              | philips
            Philips N.V.              | philips
            Tesco PLC                 | tesco
            Acme Corp.                | acme
            Acme Corporation          | acme
            Acme & Co.                | acme
            Fiat S.p.A.               | fiat
            Rossi S.r.l.              | rossi
            Acme Pty Ltd              | acme
            Acme Pte. Ltd.            | acme
            Acme Pvt. Ltd.            | acme
            Nokia Oyj                 | nokia
            Volvo AB                  | volvo
            Maersk A/S                | maersk
            Lego ApS                  | lego
            Acme S.L.                 | acme
            Acme LLP                  | acme
            Acme s.r.o.               | acme
            Acme spol. s r.o.         | acme
            Acme sp. z o.o.           | acme
            Cemex S.A. de C.V.        | cemex
            Allianz SE                | allianz
            Acme K.K.                 | acme
            Ford Motor Company        | ford motor company
            Inc Magazine              | inc magazine
            Limited                   | limited
            Acme Co Ltd               | acme
            Berlin Zoo GmbH           | berlin zoo
            """)
    void companyKeyDropsLegalFormsAtTheEnd(String raw, String expected) {
        assertThat(Names.companyKey(raw)).isEqualTo(expected);
    }

    /** The forms picked by last word remove what trying every form in order removes. */
    @org.junit.jupiter.api.Test
    void companyKeyAgreesWithTryingEveryLegalForm() {
        java.util.List<String> words = java.util.List.of("acme", "Müller", "Coca-Cola", "Company", "GmbH", "&", "Co.",
                "KG", "S.A.", "de", "C.V.", "Inc", "Ltd.", "A/S", "sp. z o.o.", "S de RL", "limited", "AG", "e.V.",
                "Holding", "s", "a", "cv", "Pty", "Ltd", "SRL", "", "  ", "Oy", "AB", "corp");
        java.util.Random random = new java.util.Random(5);
        for (int i = 0; i < 100_000; i++) {
            StringBuilder name = new StringBuilder();
            for (int w = random.nextInt(6); w >= 0; w--) {
                name.append(words.get(random.nextInt(words.size()))).append(random.nextBoolean() ? " " : ", ");
            }
            String text = name.toString();
            assertThat(Names.companyKey(text)).as(text).isEqualTo(byEveryForm(text));
        }
    }

    /** The rule as first written: every legal form tried in order, longest first, until none ends the name. */
    private static String byEveryForm(String text) {
        java.util.List<String> words = new java.util.ArrayList<>(java.util.Arrays.asList(Names.key(text).split(" ")));
        boolean removed = true;
        while (removed) {
            removed = false;
            for (java.util.List<String> suffix : LegalForms.SUFFIXES) {
                if (words.size() > suffix.size()
                        && words.subList(words.size() - suffix.size(), words.size()).equals(suffix)) {
                    words.subList(words.size() - suffix.size(), words.size()).clear();
                    removed = true;
                    break;
                }
            }
        }
        return String.join(" ", words);
    }
}
