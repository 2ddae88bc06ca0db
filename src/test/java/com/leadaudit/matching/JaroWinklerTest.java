package com.leadaudit.matching;

import java.util.List;
import java.util.Random;
import org.apache.commons.text.similarity.JaroWinklerSimilarity;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class JaroWinklerTest {

    private static final JaroWinklerSimilarity LIBRARY = new JaroWinklerSimilarity();

    /** Worked by hand from the definition (matches m, half-transpositions t, prefix p). */
    @ParameterizedTest(name = "{0} / {1}")
    @CsvSource(delimiter = '|', textBlock = """
            martha   | marhta   | 0.961111 | m 6, t 2, j 0.944444, p 3
            dwayne   | duane    | 0.840000 | m 4, t 0, j 0.822222, p 1
            dixon    | dicksonx | 0.813333 | m 4, t 0, j 0.766667, p 2
            abc      | xyz      | 0.000000 | nothing in common
            ab       | ba       | 0.000000 | window 0 for two chars: no match
            anna     | anna     | 1.000000 | identical
            crate    | trace    | 0.733333 | m 3, t 0, j 0.733333, p 0
            """)
    void valuesWorkedByHand(String a, String b, double expected, String how) {
        assertThat(JaroWinkler.similarity(a, b)).as(how).isCloseTo(expected, within(0.000001));
    }

    @Test
    void sameBitsAsCommonsTextOnNamesWithTypos() {
        Random random = new Random(17);
        for (int i = 0; i < 100_000; i++) {
            String[] pair = namesWithTypos(random);
            assertSameBits(pair[0], pair[1]);
        }
    }

    @Test
    void sameBitsAsCommonsTextOnRandomStringsOfEveryLength() {
        // a small alphabet makes many matches and transpositions; lengths past 64 take the array path
        Random random = new Random(64);
        for (int i = 0; i < 200_000; i++) {
            String a = random(random, random.nextInt(i % 10 == 0 ? 90 : 20), 4);
            String b = random.nextBoolean() ? typo(a, random) : random(random, random.nextInt(20), 4);
            assertSameBits(a, b);
            assertSameBits(b, a);
        }
    }

    @Test
    void longStringsAtTheBitPathsEdge() {
        String sixtyFour = "ab".repeat(32);
        for (String other : List.of(sixtyFour, "ba".repeat(32), sixtyFour + "a", "b" + sixtyFour, "a".repeat(63),
                "ab".repeat(40), sixtyFour.substring(1))) {
            assertSameBits(sixtyFour, other);
            assertSameBits(other, sixtyFour);
        }
    }

    private static void assertSameBits(String a, String b) {
        double expected = LIBRARY.apply(a, b);
        assertThat(Double.doubleToLongBits(JaroWinkler.similarity(a, b)))
                .as("'%s' / '%s': %s", a, b, expected)
                .isEqualTo(Double.doubleToLongBits(expected));
    }

    private static final List<String> FIRSTS = List.of("anna", "john", "jon", "katherine", "catherine", "mohammed",
            "muhammad", "li", "jean-pierre", "zoë", "ngoc anh", "siobhán", "aleksandr", "alexander", "chris",
            "christopher");
    private static final List<String> LASTS = List.of("smith", "smyth", "o'neill", "oneill", "nguyen", "müller",
            "mueller", "garcía", "van der berg", "vandenberg", "kowalczyk", "lee", "li", "schmidt", "schmitt",
            "abdul-rahman");

    /** Two "first last" names, the same one in a third of the pairs, the second with a typo. */
    static String[] namesWithTypos(Random random) {
        String a = FIRSTS.get(random.nextInt(FIRSTS.size())) + " " + LASTS.get(random.nextInt(LASTS.size()));
        String b = random.nextInt(3) == 0 ? a : FIRSTS.get(random.nextInt(FIRSTS.size())) + " "
                + LASTS.get(random.nextInt(LASTS.size()));
        return new String[] {a, typo(b, random)};
    }

    private static String random(Random random, int length, int letters) {
        StringBuilder s = new StringBuilder(length);
        for (int i = 0; i < length; i++) {
            s.append((char) ('a' + random.nextInt(letters)));
        }
        return s.toString();
    }

    /** Nothing, or one letter dropped, doubled, replaced or swapped with the next. */
    static String typo(String s, Random random) {
        if (s.isEmpty()) {
            return s;
        }
        int at = random.nextInt(s.length());
        StringBuilder b = new StringBuilder(s);
        switch (random.nextInt(5)) {
            case 0 -> b.deleteCharAt(at);
            case 1 -> b.insert(at, s.charAt(at));
            case 2 -> b.setCharAt(at, (char) ('a' + random.nextInt(26)));
            case 3 -> {
                if (at + 1 < s.length()) {
                    b.setCharAt(at, s.charAt(at + 1));
                    b.setCharAt(at + 1, s.charAt(at));
                }
            }
            default -> {
            }
        }
        return b.toString();
    }
}
