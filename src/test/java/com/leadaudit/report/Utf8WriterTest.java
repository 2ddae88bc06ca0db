package com.leadaudit.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.SplittableRandom;

import org.junit.jupiter.api.Test;

/** The sheet file's writer encodes exactly as the JDK's UTF-8 OutputStreamWriter that POI uses. */
class Utf8WriterTest {

    private static final List<String> TEXTS = List.of("", "plain ascii <c r=\"A1\">", "Müller € ß",
            "emoji 😀👍🏽 end", "\uD83D", "\uDE00", "x\uD83Dy", "x\uDE00y", "\uD83D\uD83D\uDE00", "中文\u0000\u0001",
            "\uFFFE\uFFFF", "a".repeat(70_000) + "😀" + "ü".repeat(40_000));

    @Test
    void stringsCharsAndSingleCharsEncodeAsTheJdkDoes() throws IOException {
        SplittableRandom random = new SplittableRandom(3);
        for (int round = 0; round < 20; round++) {
            ByteArrayOutputStream jdkBytes = new ByteArrayOutputStream();
            ByteArrayOutputStream ourBytes = new ByteArrayOutputStream();
            try (Writer jdk = new OutputStreamWriter(jdkBytes, StandardCharsets.UTF_8);
                 Writer ours = new RawSheetDataWriter.Utf8Writer(ourBytes)) {
                for (int i = 0; i < 30; i++) {
                    String text = TEXTS.get(random.nextInt(TEXTS.size()));
                    switch (random.nextInt(3)) {
                        case 0 -> {
                            jdk.write(text);
                            ours.write(text);
                        }
                        case 1 -> {
                            // split anywhere, also between the halves of a surrogate pair
                            int cut = text.isEmpty() ? 0 : random.nextInt(text.length());
                            jdk.write(text.toCharArray(), 0, cut);
                            ours.write(text.toCharArray(), 0, cut);
                            jdk.write(text.toCharArray(), cut, text.length() - cut);
                            ours.write(text.toCharArray(), cut, text.length() - cut);
                        }
                        default -> text.chars().limit(500).forEach(c -> {
                            try {
                                jdk.write(c);
                                ours.write(c);
                            } catch (IOException e) {
                                throw new AssertionError(e);
                            }
                        });
                    }
                }
            }
            assertThat(ourBytes.toByteArray()).as("round %d", round).isEqualTo(jdkBytes.toByteArray());
        }
    }

    @Test
    void encodedBytesGoInBetweenInOrder() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        byte[] row = "<row r=\"2\">ü</row>".getBytes(StandardCharsets.UTF_8);
        try (RawSheetDataWriter.Utf8Writer w = new RawSheetDataWriter.Utf8Writer(out)) {
            w.write("<sheetData>");
            for (int i = 0; i < 10_000; i++) {
                w.writeUtf8(row, 0, row.length);
            }
            byte[] big = "é".repeat(100_000).getBytes(StandardCharsets.UTF_8);
            w.writeUtf8(big, 0, big.length);
            w.write("</sheetData>");
        }
        String expected = "<sheetData>" + "<row r=\"2\">ü</row>".repeat(10_000) + "é".repeat(100_000) + "</sheetData>";
        assertThat(out.toString(StandardCharsets.UTF_8)).isEqualTo(expected);
    }
}
