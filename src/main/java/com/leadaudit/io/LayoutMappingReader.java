package com.leadaudit.io;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * Reads one mapping file: {@code key = value} lines, {@code #} comments. Written by hand rather than with
 * {@link java.util.Properties}, whose backslash escapes, silently repeated keys and lost line numbers would turn an
 * operator's typo into a puzzle; here every mistake is a sentence naming its line.
 */
public final class LayoutMappingReader {

    static final String KIND = "kind";
    static final String MATCH = "match";
    /** Enough of a file to tell text from binary; a real mapping file is a few hundred bytes. */
    private static final int HEAD_BYTES = 8192;
    /** A line quoted back in a reason is cut here: the operator needs to recognise it, not read it whole. */
    private static final int QUOTED_LINE_CHARS = 120;

    /** The sentence explaining why a mapping file cannot be used. */
    public static final class Invalid extends Exception {
        Invalid(String reason) {
            super(reason, null, false, false);
        }
    }

    private record Line(int number, String key, String value) {
    }

    private LayoutMappingReader() {
    }

    public static LayoutMapping read(Path file, String path, String sha256, Map<String, MappingKind> kinds)
            throws Invalid, IOException {
        List<Line> lines = lines(file);
        Map<String, Line> byKey = new LinkedHashMap<>();
        for (Line line : lines) {
            Line earlier = byKey.putIfAbsent(line.key(), line);
            if (earlier != null) {
                throw new Invalid("'" + line.key() + "' is given twice (lines " + earlier.number() + " and "
                        + line.number() + "); keep one line and separate alternative headers with |");
            }
        }
        Line kindLine = byKey.remove(KIND);
        String kindNames = String.join(", ", new TreeSet<>(kinds.keySet()));
        if (kindLine == null) {
            throw new Invalid("it has no 'kind = …' line; add one saying what the file holds: " + kindNames);
        }
        MappingKind kind = kinds.get(kindLine.value().toLowerCase(Locale.ROOT));
        if (kind == null) {
            throw new Invalid("line " + kindLine.number() + ": '" + kindLine.value() + "' is not a kind leadaudit "
                    + "knows; use one of: " + kindNames);
        }
        Line matchLine = byKey.remove(MATCH);
        Map<String, String> settings = new LinkedHashMap<>();
        Map<String, List<String>> fields = new LinkedHashMap<>();
        for (Line line : byKey.values()) {
            if (kind.settings().containsKey(line.key())) {
                settings.put(line.key(), setting(kind, line));
            } else if (kind.fields().contains(line.key())) {
                fields.put(line.key(), split(line.value(), "\\|"));
            } else {
                throw new Invalid("line " + line.number() + ": '" + line.key() + "' is not a field of a " + kind.name()
                        + " mapping; use one of: " + String.join(", ", kind.fields())
                        + settingNames(kind));
            }
        }
        if (fields.isEmpty()) {
            throw new Invalid("it maps no columns: add a line per field such as 'email = E-Mail Address'");
        }
        List<String> match = matchLine == null ? List.of() : split(matchLine.value(), "[,|]");
        return new LayoutMapping(path, sha256, kind.name(), settings, fields, match);
    }

    private static List<Line> lines(Path file) throws IOException, Invalid {
        if (TextSniffer.looksBinary(head(file))) {
            // Quoting a "line" of random bytes back would only fill the Data Quality sheet with noise.
            throw new Invalid("it holds binary data, not text; a mapping file is plain text with one "
                    + "'field = column header' per line");
        }
        List<Line> lines = new ArrayList<>();
        // The CSV encoding rules fit: Notepad writes UTF-8 (with or without BOM), older editors Windows-1252.
        try (Reader reader = CsvEncoding.detect(file).openReader(file);
             BufferedReader text = new BufferedReader(reader)) {
            int number = 0;
            for (String raw; (raw = text.readLine()) != null; ) {
                number++;
                String line = raw.strip();
                if (line.isEmpty() || line.startsWith("#")) {
                    continue;
                }
                int equals = line.indexOf('=');
                if (equals < 0) {
                    throw new Invalid("line " + number + " is not of the form 'field = column header': "
                            + SafeText.quote(line, QUOTED_LINE_CHARS));
                }
                String key = key(line.substring(0, equals));
                String value = line.substring(equals + 1).strip();
                if (key.isEmpty()) {
                    throw new Invalid("line " + number + " has nothing before '='");
                }
                if (value.isEmpty()) {
                    throw new Invalid("line " + number + ": '" + key + "' has no column header after '='");
                }
                lines.add(new Line(number, key, value));
            }
        }
        return lines;
    }

    private static byte[] head(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            return in.readNBytes(HEAD_BYTES);
        }
    }

    /** "First Name", "first-name" and "FIRST_NAME" are one key: people write field names every way. */
    private static String key(String text) {
        return text.strip().toLowerCase(Locale.ROOT).replaceAll("[\\s-]+", "_");
    }

    private static String setting(MappingKind kind, Line line) throws Invalid {
        String value = line.value().toLowerCase(Locale.ROOT);
        Set<String> allowed = kind.settings().get(line.key());
        if (!allowed.isEmpty() && !allowed.contains(value)) {
            throw new Invalid("line " + line.number() + ": '" + line.key() + " = " + line.value() + "' is not "
                    + "allowed; use one of: " + String.join(", ", new TreeSet<>(allowed)));
        }
        return value;
    }

    private static String settingNames(MappingKind kind) {
        List<String> names = new ArrayList<>(List.of(KIND, MATCH));
        names.addAll(new TreeSet<>(kind.settings().keySet()));
        return " (and the settings " + String.join(", ", names) + ")";
    }

    private static List<String> split(String value, String separator) {
        return Arrays.stream(value.split(separator)).map(String::strip).filter(s -> !s.isEmpty())
                .collect(Collectors.toList());
    }
}
