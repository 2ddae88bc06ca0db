package com.leadaudit.io;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class FieldCapReaderTest {

    /** Input, what the parser is given with a limit of 5 characters ({@code ~} is {@link FieldCapReader#CUT}), why. */
    static Stream<Arguments> fields() {
        return Stream.of(
                Arguments.of("a,\"b\"\"c\",d\r\n", "a,\"b\"\"c\",d\r\n", "fields within the limit pass unchanged"),
                Arguments.of("\"0123456789\",x", "\"01234~\",x", "a quoted field keeps its closing quote"),
                Arguments.of("\"01234\"\"\"\"56\",x", "\"01234~\",x", "escaped quotes beyond the limit go as pairs"),
                Arguments.of("\"0\"\"2\"\"4\"\"6\",x", "\"0\"\"2\"\"4~\",x", "an escaped quote is one character"),
                Arguments.of("0123456789,ab\"c", "01234~,ab\"c", "unquoted: a quote inside is a plain character"),
                Arguments.of("\"ab\ncdefg\nh\",z\n", "\"ab\ncd~\",z\n", "line breaks inside quotes are content"),
                Arguments.of("\"abc\"def,gh", "\"abc\"de~,gh", "text after the closing quote is the same field"),
                Arguments.of("\"abcdefgh\"", "\"abcde~\"", "the file's last character closes the field"));
    }

    @ParameterizedTest(name = "{2}")
    @MethodSource("fields")
    void cutsEachFieldAtTheLimitAndKeepsTheQuoting(String input, String expected, String why) throws IOException {
        assertThat(readAll(new FieldCapReader(new StringReader(input), ',', '"', 5))).as(why)
                .isEqualTo(expected.replace('~', FieldCapReader.CUT));
    }

    /** Fields longer than the reader's 8,192-character chunks, cut inside a later chunk or passed on whole. */
    @Test
    void fieldsRunningAcrossChunksAreCutAtTheLimit() throws IOException {
        String longText = "x".repeat(20_000);
        String quotedWithin = "\"" + "q".repeat(4_000) + "\"\"" + "r".repeat(5_000) + "\"";
        String input = "a," + longText + ",b\n" + quotedWithin + ",\"" + longText + "\"\n" + longText;
        String expected = "a," + "x".repeat(10_000) + FieldCapReader.CUT + ",b\n" + quotedWithin + ",\""
                + "x".repeat(10_000) + FieldCapReader.CUT + "\"\n" + "x".repeat(10_000) + FieldCapReader.CUT;
        assertThat(readAll(new FieldCapReader(new StringReader(input), ',', '"', 10_000))).isEqualTo(expected);
    }

    /**
     * The runs of unquoted fields the reader copies at once give what the state machine gives character by
     * character, on generated text of quotes, delimiters, line breaks and letters, with limits of 1 to 8.
     */
    @Test
    void unquotedRunsGiveWhatTheStateMachineGives() throws IOException {
        java.util.Random random = new java.util.Random(17);
        char[] alphabet = {'a', 'b', ',', ',', '"', '"', '\n', '\r', ' ', ';'};
        for (int n = 0; n < 20_000; n++) {
            StringBuilder input = new StringBuilder();
            for (int length = random.nextInt(40); length > 0; length--) {
                input.append(alphabet[random.nextInt(alphabet.length)]);
            }
            int limit = 1 + random.nextInt(8);
            String text = input.toString();
            assertThat(readAll(new FieldCapReader(new StringReader(text), ',', '"', limit)))
                    .as("'%s' at %d", text, limit)
                    .isEqualTo(readAll(new FieldCapReader(new StringReader(text), ',', '"', limit, false)));
        }
    }

    private static String readAll(Reader reader) throws IOException {
        StringBuilder text = new StringBuilder();
        char[] buffer = new char[3]; // small reads: a held-back quote must cross read boundaries intact
        for (int n; (n = reader.read(buffer, 0, buffer.length)) >= 0; ) {
            text.append(buffer, 0, n);
        }
        return text.toString();
    }
}
