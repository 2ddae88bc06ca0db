package com.leadaudit.text;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

class PhonesTest {

    @ParameterizedTest(name = "{3}")
    @CsvSource(delimiter = '|', nullValues = "NONE", textBlock = """
            +1 (415) 555-0100      | US | +14155550100   | international format with punctuation
            (415) 555-0100         | US | +14155550100   | US national format
            4155550100             | US | +14155550100   | digits only, as text from an Excel number cell
            4155550100.0           | US | +14155550100   | an Excel number rendered with a decimal
            4.1555501E9            | US | +14155550100   | an Excel number rendered in scientific notation
            415-555-0100 x123      | US | +14155550100   | extension x123 is dropped
            415.555.0100 ext. 7    | US | +14155550100   | extension ext. is dropped
            00 49 30 1234567       | US | +49301234567   | 00 prefix read as international, even in the US
            00 49 30 1234567       | DE | +49301234567   | 00 prefix in Germany
            030 1234567            | DE | +49301234567   | German national with trunk 0
            301234567              | DE | +49301234567   | German number whose leading 0 Excel ate
            0011 49 30 1234567     | AU | +49301234567   | Australia's own international prefix still works
            +44 20 7946 0958       | US | +442079460958  | a foreign number with + ignores the region
            030 1234567            | de | +49301234567   | region code in lower case
            +49 30 1234567         |    | +49301234567   | no region: only international numbers
            030 1234567            |    | NONE           | no region and no country code
            123                    | US | NONE           | placeholder 123
            1234                   | US | NONE           | placeholder 1234
            0987000099?            | EC | +593987000099  | an Ecuadorian mobile written nationally, with a stray mark
            415 099 1234           | US | +14150991234   | possible length in a range libphonenumber does not list (SPEC §6)
            0987000099             | US | +10987000099   | possible length counts even where no real area code has it (SPEC §6)
            0000000000             | US | NONE           | zeros
            555-555-5555           | US | NONE           | one repeated digit
            1111111111             | US | NONE           | one repeated digit
            123456789              | DE | NONE           | an ascending run
            (123) 456-7890         | US | NONE           | an ascending run in US format
            9876543210             | US | NONE           | a descending run
            +1 702 203 0000        | ZZ | +17022030000   | the North American shortcut, no region
            +1 (800) 555-0199      | DE | +18005550199   | the shortcut, whatever the file's region
            702.203.0000           | CA | +17022030000   | ten digits in a Canadian file
            702.203.0000           | GB | +447022030000  | the same ten digits in a British file are British
            702203000.0            | US | NONE           | an Excel number of nine digits: the decimal is not a digit
            +1 415 555 0100 x12    | US | +14155550100   | an extension takes the full parse
            1 415 555 0100         | US | +14155550100   | national prefix 1 takes the full parse
            n/a                    | US | NONE           | text
            ''                     | US | NONE           | blank
            """)
    void toE164(String raw, String region, String expected, String why) {
        assertThat(Phones.toE164(raw, region).orElse(null)).as(why).isEqualTo(expected);
    }

    /**
     * {@link Phones#northAmerican} answers without libphonenumber's parse; on every generated number, the one it
     * answers and the ones it leaves, {@code toE164} must say what libphonenumber alone says. The numbers are built
     * around its edges: a plus or not, a 1 or another country code, nine to twelve digits, a first digit of 0 or 1,
     * placeholders, separators it accepts and some it does not (slash, x, #, comma, letters), Excel decimals, and
     * regions inside and outside North America.
     */
    @Test
    void northAmericanShortcutAgreesWithLibphonenumber() {
        Random random = new Random(20261205);
        String[] prefixes = {"", "", "", "+", "+1", "+1 ", "+1 ", "+1-", "+(1) ", "+ 1 ", "(", "1 ", "1-", "001 ",
            "011 ", "+44 ", "+49 (0)", " +1", "+11 ", "0"};
        String[] nearPrefixes = {"", "", "+1", "+1 ", "+1-", "+(1) ", "+ 1 ", "+1.", "(", "+1 ("};
        String[] separators = {"", "", "", " ", " ", "-", ".", "(", ")", ") ", " (", "/", "x", " ext. ", "#", ",",
            "a", "\u00a0", "  "};
        String[] suffixes = {"", "", "", "", " ", ")", " x12", ".0", "E9", " ", "-", "#"};
        String[] regions = {"US", "US", "US", "CA", "us", " ca ", "GB", "DE", "", "BS", "PR", "JM", "AU", "FR"};
        List<String> disagreements = new ArrayList<>();
        int shortcut = 0;
        int numbers = 200_000;
        for (int n = 0; n < numbers; n++) {
            // half of them near the shortcut's edges (ten digits, its separators, now and then one it does not
            // take), half anything
            boolean near = n % 2 == 0;
            StringBuilder text = new StringBuilder(near ? nearPrefixes[random.nextInt(nearPrefixes.length)]
                    : prefixes[random.nextInt(prefixes.length)]);
            // near: nine digits half the time (one short), ten for 5 in 12 (the shortcut's), eleven for 1 in 12
            int digits = near ? 9 + random.nextInt(3) / 2 + random.nextInt(2) * random.nextInt(2)
                    : 9 + random.nextInt(4);
            int kind = random.nextInt(10);
            for (int d = 0; d < digits; d++) {
                char digit = kind == 0 ? '5'                                  // one repeated digit
                        : kind == 1 ? (char) ('0' + (d + 1) % 10)             // an ascending run
                        : (char) ('0' + (d == 0 && kind < 8 ? 2 + random.nextInt(8) : random.nextInt(10)));
                text.append(digit);
                if (d < digits - 1 && random.nextInt(3) == 0) {
                    text.append(separators[near && random.nextInt(20) > 0 ? random.nextInt(11)
                            : random.nextInt(separators.length)]);
                }
            }
            text.append(suffixes[random.nextInt(suffixes.length)]);
            String raw = text.toString();
            String region = regions[random.nextInt(near ? 6 : regions.length)];
            String expected = Phones.toE164(raw, region, false).orElse(null);
            String actual = Phones.toE164(raw, region).orElse(null);
            if (!java.util.Objects.equals(expected, actual)) {
                disagreements.add("'" + raw + "' in " + region + ": " + actual + ", libphonenumber " + expected);
            }
            String trimmedRegion = region.strip().toUpperCase(java.util.Locale.ROOT);
            if (Phones.northAmerican(raw.strip(), trimmedRegion.isEmpty() ? "ZZ" : trimmedRegion) != null) {
                shortcut++;
            }
        }
        assertThat(disagreements).isEmpty();
        // the comparison covers the shortcut: a fair share of the numbers took it
        assertThat(shortcut).isGreaterThan(numbers / 10);
    }
}
