package com.leadaudit.io;

import java.util.HashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The field delimiter of a CSV, guessed from its first lines. European Excel writes {@code ;} (the comma is the
 * decimal mark there) and sometimes announces it with a {@code sep=;} first line, which is then not data.
 */
record CsvDialect(char delimiter, boolean sepLine) {

    static final int SAMPLE_LINES = 30;

    private static final char[] CANDIDATES = {',', ';', '\t', '|'};
    private static final Pattern SEP_LINE = Pattern.compile("^\"?sep=(.)\"?[ \\t]*\\r?$", Pattern.CASE_INSENSITIVE);

    /**
     * @param sample   the text at the start of the file
     * @param complete whether {@code sample} is the whole file, so its last line is not cut off
     */
    static CsvDialect sniff(String sample, boolean complete) {
        String text = sample.startsWith("\uFEFF") ? sample.substring(1) : sample;
        int firstBreak = text.indexOf('\n');
        Matcher sep = SEP_LINE.matcher(firstBreak < 0 ? text : text.substring(0, firstBreak));
        if (sep.matches()) {
            return new CsvDialect(sep.group(1).charAt(0), true);
        }
        int[][] counts = countPerLine(text, complete);
        char best = ',';
        int bestScore = 0;
        for (int c = 0; c < CANDIDATES.length; c++) {
            int score = consistency(counts[c]);
            if (score > bestScore) {
                best = CANDIDATES[c];
                bestScore = score;
            }
        }
        return new CsvDialect(best, false);
    }

    /**
     * How many lines share the most common non-zero count. A title line without delimiters above the header
     * costs every candidate the same, and a stray comma inside a semicolon file's values rarely repeats evenly.
     */
    private static int consistency(int[] perLine) {
        Map<Integer, Integer> frequency = new HashMap<>();
        int best = 0;
        for (int count : perLine) {
            if (count > 0) {
                best = Math.max(best, frequency.merge(count, 1, Integer::sum));
            }
        }
        return best;
    }

    /** Delimiter counts outside quotes for up to {@link #SAMPLE_LINES} non-blank logical lines. */
    private static int[][] countPerLine(String text, boolean complete) {
        int[][] counts = new int[CANDIDATES.length][SAMPLE_LINES];
        int[] current = new int[CANDIDATES.length];
        int lines = 0;
        boolean inQuotes = false;
        boolean blank = true;
        for (int i = 0; i < text.length() && lines < SAMPLE_LINES; i++) {
            char ch = text.charAt(i);
            if (ch == '"') {
                inQuotes = !inQuotes;
            }
            if (ch == '\n' && !inQuotes) {
                if (!blank) {
                    for (int c = 0; c < CANDIDATES.length; c++) {
                        counts[c][lines] = current[c];
                    }
                    lines++;
                }
                current = new int[CANDIDATES.length];
                blank = true;
                continue;
            }
            if (!inQuotes) {
                for (int c = 0; c < CANDIDATES.length; c++) {
                    if (ch == CANDIDATES[c]) {
                        current[c]++;
                    }
                }
            }
            blank &= Character.isWhitespace(ch);
        }
        if (complete && !blank && lines < SAMPLE_LINES) {
            for (int c = 0; c < CANDIDATES.length; c++) {
                counts[c][lines] = current[c];
            }
        }
        return counts;
    }
}
