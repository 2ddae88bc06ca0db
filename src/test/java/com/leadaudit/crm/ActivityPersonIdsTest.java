package com.leadaudit.crm;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The people an activity row names (WhoId, or several ids in one cell), split by semicolons or commas. */
class ActivityPersonIdsTest {

    @ParameterizedTest(name = "''{0}''")
    @CsvSource(delimiter = '|', nullValues = "NONE", textBlock = """
            ''                                        | ''
            003Bn0000000RacIAB                        | SALESFORCE:003Bn0000000Rac
            003Bn0000000RacIAB;003Bn0000000RadIAB     | SALESFORCE:003Bn0000000Rac SALESFORCE:003Bn0000000Rad
            ' 003Bn0000000Rac , 00QBn000000000T '     | SALESFORCE:003Bn0000000Rac SALESFORCE:00QBn000000000T
            ;003Bn0000000RacIAB;;                     | SALESFORCE:003Bn0000000Rac
            000000000000000AAA                        | ''
            null,003Bn0000000RacIAB                   | SALESFORCE:003Bn0000000Rac
            1.23E+11                                  | ''
            """)
    void salesforceIds(String cell, String expected) {
        List<String> wanted = expected.isEmpty() ? List.of() : List.of(expected.split(" "));
        assertThat(CrmRowMapper.ids(CrmIds.SALESFORCE, cell)).isEqualTo(wanted);
    }

    /** The same ids as splitting by the pattern {@code [;,]}, on cells of ids, separators and blanks. */
    @Test
    void sameAsSplittingByPattern() {
        Pattern separator = Pattern.compile("[;,]");
        String[] parts = {"", " ", ";", ",", "003Bn0000000RacIAB", "00QBn000000000TMAB", "null", "12345", "12345.0",
            "000000000000000AAA", "Ab"};
        java.util.Random random = new java.util.Random(7);
        for (int n = 0; n < 20_000; n++) {
            StringBuilder cell = new StringBuilder();
            for (int p = random.nextInt(6); p > 0; p--) {
                cell.append(parts[random.nextInt(parts.length)]);
            }
            String raw = cell.toString();
            for (String source : List.of(CrmIds.SALESFORCE, CrmIds.HUBSPOT)) {
                List<String> byPattern = Arrays.stream(separator.split(raw))
                        .map(part -> source.equals(CrmIds.SALESFORCE) ? CrmIds.salesforce(part)
                                : CrmIds.of(source, part))
                        .filter(Objects::nonNull).toList();
                assertThat(CrmRowMapper.ids(source, raw)).as("'%s' from %s", raw, source).isEqualTo(byPattern);
            }
        }
    }
}
