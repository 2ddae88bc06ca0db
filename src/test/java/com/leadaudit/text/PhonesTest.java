package com.leadaudit.text;

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
            n/a                    | US | NONE           | text
            ''                     | US | NONE           | blank
            """)
    void toE164(String raw, String region, String expected, String why) {
        assertThat(Phones.toE164(raw, region).orElse(null)).as(why).isEqualTo(expected);
    }
}
