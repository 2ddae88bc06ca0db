package com.leadaudit.text;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class EmailsTest {

    @ParameterizedTest(name = "\"{0}\" -> \"{1}\"")
    @CsvSource(delimiter = '|', nullValues = "NONE", textBlock = """
            anna@acme.com                    | anna@acme.com               | plain
            '  Anna.Smith@ACME.com  '        | anna.smith@acme.com         | trimmed and lower-cased
            mailto:anna@acme.com             | anna@acme.com               | mailto: dropped
            MailTo:Anna@Acme.com             | anna@acme.com               | mailto: in any case
            MAILTO:Anna@Acme.com             | anna@acme.com               | MAILTO: in any case
            <anna@acme.com>                  | anna@acme.com               | angle brackets dropped
            <mailto:anna@acme.com>           | anna@acme.com               | both
            mailto:anna@acme.com?subject=Hi  | anna@acme.com               | a mailto query is not part of the address
            anna+expo@acme.co.uk             | anna+expo@acme.co.uk        | plus tags and two-level domains
            o'brien@acme.ie                  | o'brien@acme.ie             | apostrophes are legal
            jürgen@müller.de                 | jürgen@müller.de            | international addresses
            x@acme.xn--p1ai                  | x@acme.xn--p1ai             | punycode top-level domain
            ''                               | NONE                        | blank
            NONE                             | NONE                        | null
            anna                             | NONE                        | no @
            anna@acme                        | NONE                        | domain without a dot
            anna@@acme.com                   | NONE                        | two @
            anna@acme.com;bob@acme.com       | NONE                        | two addresses
            anna smith@acme.com              | NONE                        | space inside
            anna@acme.c                      | NONE                        | one-letter top-level domain
            anna@acme.123                    | NONE                        | numeric top-level domain
            .anna@acme.com                   | NONE                        | leading dot
            anna..smith@acme.com             | NONE                        | double dot
            anna@-acme.com                   | NONE                        | label starting with a hyphen
            n/a                              | NONE                        | placeholder
            """)
    void normalizesAndValidates(String raw, String expected, String why) {
        assertThat(Emails.normalize(raw).orElse(null)).as(why).isEqualTo(expected);
    }

    @Test
    void domainIsThePartAfterTheAt() {
        assertThat(Emails.domain("anna@acme.co.uk")).isEqualTo("acme.co.uk");
        assertThatIllegalArgumentException().isThrownBy(() -> Emails.domain("anna"));
    }

    /** The ASCII check without the pattern answers as the pattern does, on strings built to probe each rule. */
    @org.junit.jupiter.api.Test
    void quickCheckAgreesWithThePattern() {
        java.util.List<String> parts = java.util.List.of("anna", "a", "B", "9", ".", "..", "-", "_", "@", "@@", "xn--",
                "xn--p1ai", "com", "de", "c", "co.uk", "+tag", "!#$%&'*/=?^`{|}~", "é", "ü", "ab-", "-ab", "a-b", " ",
                "(", "\"", "1.2", "mail.", ".com", "XN--ABC", "x");
        java.util.Random random = new java.util.Random(23);
        int valid = 0;
        for (int i = 0; i < 300_000; i++) {
            StringBuilder s = new StringBuilder();
            for (int n = 1 + random.nextInt(8); n > 0; n--) {
                s.append(parts.get(random.nextInt(parts.size())));
            }
            if (random.nextInt(3) == 0) {
                s.append(random.nextBoolean() ? "@acme.com" : "@mail.xn--p1ai");
            }
            String text = s.toString();
            boolean expected = Emails.validByPattern(text);
            valid += expected ? 1 : 0;
            assertThat(Emails.isValid(text)).as(text).isEqualTo(expected);
        }
        assertThat(valid).as("the sample has valid addresses to agree on").isGreaterThan(20_000);
    }
}
