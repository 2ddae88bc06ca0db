package com.leadaudit.matching;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * The bound may only rule out pairs the exact similarity would reject: it is never below the similarity, so for any
 * threshold a pair that reaches it is never ruled out. And it must rule out something, or the NAME tier gains
 * nothing: most pairs of two different people's names.
 */
class JaroWinklerBoundTest {

    private static final double[] THRESHOLDS = {0.7, 0.8, 0.9, NameMatch.THRESHOLD, 0.95, 0.99, 1.0};

    @Test
    void neverBelowTheSimilarityOfNamesWithTypos() {
        Random random = new Random(2026);
        for (int i = 0; i < 200_000; i++) {
            String[] pair = JaroWinklerTest.namesWithTypos(random);
            assertBounds(pair[0], pair[1]);
            assertBounds(pair[1], pair[0]);
        }
    }

    @Test
    void neverBelowTheSimilarityOfRandomStrings() {
        // few letters, so that many chars match and transpose; chars beyond ASCII share buckets with letters
        char[] alphabet = {'a', 'b', 'c', ' ', 'A', 'é', 'ł', '0', '¡'};
        Random random = new Random(31);
        for (int i = 0; i < 300_000; i++) {
            String a = random(random, random.nextInt(i % 20 == 0 ? 80 : 14), alphabet);
            String b = random.nextInt(3) == 0 ? JaroWinklerTest.typo(a, random) : random(random, random.nextInt(14), alphabet);
            assertBounds(a, b);
            assertBounds(b, a);
        }
    }

    @Test
    void emptyAndEqualStrings() {
        assertBounds("", "");
        assertBounds("", "anna");
        assertBounds("anna", "anna");
        assertThat(bound("anna lind", "anna lind")).isEqualTo(1d);
    }

    @Test
    void twoDifferentPeopleAreRuledOutAndATypoIsNot() {
        assertThat(JaroWinklerBound.mayReach(letters("mary major"), letters("john smith"), NameMatch.THRESHOLD))
                .isFalse();
        assertThat(JaroWinklerBound.mayReach(letters("jon smith"), letters("john smith"), NameMatch.THRESHOLD))
                .isTrue();
        assertThat(JaroWinklerBound.mayReach(letters("john smith"), letters("jonh smith"), NameMatch.THRESHOLD))
                .as("a transposition keeps every letter").isTrue();
    }

    @Test
    void mostPairsOfDifferentNamesAreRuledOut() {
        List<String> names = List.of("anna lind", "john smith", "mary major", "eva berg", "karl vogel",
                "nadia okafor", "marcus lee", "li wei", "sofia garcia", "lukas mueller", "emma jansen",
                "oliver brown", "chloe martin", "noah schmidt", "mia rossi", "liam oconnor", "ines duarte",
                "tomas novak", "yuki tanaka", "amir haddad");
        int pairs = 0;
        int ruledOut = 0;
        for (String a : names) {
            for (String b : names) {
                if (!a.equals(b)) {
                    pairs++;
                    if (!JaroWinklerBound.mayReach(letters(a), letters(b), NameMatch.THRESHOLD)) {
                        ruledOut++;
                    }
                }
            }
        }
        assertThat(ruledOut).as("%d of %d pairs ruled out", ruledOut, pairs).isGreaterThan(pairs * 9 / 10);
    }

    private static void assertBounds(String a, String b) {
        double similarity = JaroWinkler.similarity(a, b);
        assertThat(bound(a, b)).as("'%s' / '%s'", a, b).isGreaterThanOrEqualTo(similarity - 1e-12);
        for (double threshold : THRESHOLDS) {
            if (similarity >= threshold) {
                assertThat(JaroWinklerBound.mayReach(letters(a), letters(b), threshold))
                        .as("'%s' / '%s' reach %s", a, b, threshold).isTrue();
            }
        }
    }

    private static double bound(String a, String b) {
        return JaroWinklerBound.upperBound(letters(a), letters(b));
    }

    private static JaroWinklerBound.Letters letters(String text) {
        return JaroWinklerBound.Letters.of(text);
    }

    private static String random(Random random, int length, char[] alphabet) {
        StringBuilder out = new StringBuilder(length);
        for (int i = 0; i < length; i++) {
            out.append(alphabet[random.nextInt(alphabet.length)]);
        }
        return out.toString();
    }
}
