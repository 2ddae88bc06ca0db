package com.leadaudit.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.text.Normalizer;
import java.util.Locale;
import java.util.Random;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The ASCII and already-clean fast paths of {@link TextKeys} and {@link Names#key} give exactly what the plain regex
 * implementations (kept here as the reference) give, on random text mixing letters, digits, punctuation, every kind
 * of space and accented letters.
 */
class TextKeysFastPathTest {

    private static final Pattern ODD_SPACE = Pattern.compile("[\\u00A0\\u2007\\u202F\\u200B\\u2060\\uFEFF]");
    private static final Pattern RUNS_OF_SPACE = Pattern.compile("\\s+");
    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern JOINING_MARKS = Pattern.compile("[.'’‘ʼ`´]");
    private static final Pattern SEPARATORS = Pattern.compile("[^\\p{L}\\p{N}]+");

    static String squash(String text) {
        if (text == null) {
            return "";
        }
        return RUNS_OF_SPACE.matcher(ODD_SPACE.matcher(text).replaceAll(" ")).replaceAll(" ").strip();
    }

    static String fold(String text) {
        String squashed = squash(text);
        StringBuilder spelled = new StringBuilder();
        for (char c : squashed.toCharArray()) {
            spelled.append(switch (c) {
                case 'ß', 'ẞ' -> "ss";
                case 'ø', 'Ø' -> "o";
                case 'æ', 'Æ' -> "ae";
                case 'œ', 'Œ' -> "oe";
                case 'ł', 'Ł' -> "l";
                case 'đ', 'Đ', 'ð', 'Ð' -> "d";
                case 'þ', 'Þ' -> "th";
                case 'ı' -> "i";
                default -> String.valueOf(c);
            });
        }
        return MARKS.matcher(Normalizer.normalize(spelled, Normalizer.Form.NFKD)).replaceAll("").toLowerCase(Locale.ROOT);
    }

    static String compact(String text) {
        return fold(text).replaceAll("[^\\p{L}\\p{N}]", "");
    }

    static String key(String text) {
        return SEPARATORS.matcher(JOINING_MARKS.matcher(fold(text)).replaceAll("")).replaceAll(" ").strip();
    }

    @Test
    void fastPathsAgreeWithTheRegexDefinitions() {
        String alphabet = "aZ09 .'`,-_&/()\t\n\r\u000B\f\u001C\u0085\u00A0\u2000\u2007\u200B\u2028\u202F\u2060\u3000\uFEFF"
                + "éÆßøŁı’´ʼ\u0301\u7F51";
        Random random = new Random(7);
        for (int i = 0; i < 200_000; i++) {
            StringBuilder b = new StringBuilder();
            int length = random.nextInt(12);
            for (int k = 0; k < length; k++) {
                // mostly plain ASCII, as real cells are, so the fast paths get exercised
                b.append(random.nextInt(3) > 0 ? "abcXYZ 019.-'".charAt(random.nextInt(13))
                        : alphabet.charAt(random.nextInt(alphabet.length())));
            }
            String s = b.toString();
            assertThat(TextKeys.squash(s)).as("squash %s", escape(s)).isEqualTo(squash(s));
            assertThat(TextKeys.fold(s)).as("fold %s", escape(s)).isEqualTo(fold(s));
            assertThat(TextKeys.compact(s)).as("compact %s", escape(s)).isEqualTo(compact(s));
            assertThat(Names.key(s)).as("key %s", escape(s)).isEqualTo(key(s));
        }
    }

    private static String escape(String s) {
        StringBuilder out = new StringBuilder();
        for (char c : s.toCharArray()) {
            out.append(c >= ' ' && c < 0x7F ? String.valueOf(c) : String.format("\\u%04X", (int) c));
        }
        return out.toString();
    }
}
