package com.leadaudit.io;

import java.text.Normalizer;
import java.time.DateTimeException;
import java.time.ZoneId;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Comparison keys for column headers, so "First_Name", " first  name" and "FIRST-NAME" are one column. */
public final class ColumnNames {

    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern NOT_LETTER_OR_DIGIT = Pattern.compile("[^\\p{L}\\p{N}]+");
    /** Dynamics "Export to Excel" puts hidden id/checksum columns first, named "(Do Not Modify) …". */
    private static final Pattern SYSTEM_COLUMN = Pattern.compile("^\\(\\s*do not modify\\s*\\)",
            Pattern.CASE_INSENSITIVE);

    /** A note in brackets at the end of a header: "Scan Date (UTC)", "Email (Regarding) (Lead)", "Zeit [CET]". */
    private static final Pattern TRAILING_NOTE = Pattern.compile("^(?<base>.*?\\S)\\s*(?:\\((?<round>[^()]*)\\)|\\[(?<square>[^\\[\\]]*)])\\s*$");
    /** "UTC", "GMT+02:00", "UTC-5", "GMT +1": offsets as exports write them in a header note. */
    private static final Pattern OFFSET_NOTE = Pattern.compile("(?:utc|gmt)\\s*(?:(?<sign>[+-])\\s*(?<hours>\\d{1,2})(?::?(?<minutes>\\d{2}))?)?",
            Pattern.CASE_INSENSITIVE);

    private ColumnNames() {
    }

    /**
     * The header without its last trailing bracketed note ("Scan Date (UTC)" → "Scan Date"), or null when it has
     * none. SPEC §4: the note is not part of the name; callers strip repeatedly for headers with several notes.
     */
    public static String withoutNote(String header) {
        Matcher m = header == null ? null : TRAILING_NOTE.matcher(stripInvisible(header));
        return m != null && m.matches() ? m.group("base") : null;
    }

    /** The text inside the header's trailing brackets, or null when it has none. */
    public static String note(String header) {
        Matcher m = header == null ? null : TRAILING_NOTE.matcher(stripInvisible(header));
        if (m == null || !m.matches()) {
            return null;
        }
        return (m.group("round") != null ? m.group("round") : m.group("square")).strip();
    }

    /**
     * The zone a header note names ("UTC", "GMT+02:00", "CET", "Europe/Berlin"), or empty when the note names none
     * (or says "local time", which is the file's default zone anyway). Zone abbreviations are read with Java's
     * short-id table (EST, PST, …), the way operators write them.
     */
    public static Optional<ZoneId> zoneOf(String note) {
        if (note == null || note.isBlank()) {
            return Optional.empty();
        }
        String text = note.strip();
        Matcher offset = OFFSET_NOTE.matcher(text);
        if (offset.matches()) {
            if (offset.group("sign") == null) {
                return Optional.of(java.time.ZoneOffset.UTC);
            }
            int hours = Integer.parseInt(offset.group("hours"));
            int minutes = offset.group("minutes") == null ? 0 : Integer.parseInt(offset.group("minutes"));
            int sign = offset.group("sign").equals("-") ? -1 : 1;
            try {
                return Optional.of(java.time.ZoneOffset.ofHoursMinutes(sign * hours, sign * minutes));
            } catch (DateTimeException e) {
                return Optional.empty();
            }
        }
        // "Contact", "Lead", "local time" are notes but not zones. Only an abbreviation (EST, PST, CET), an
        // upper-case id such as "UTC" or "EET", or a region with a slash is taken: "Cuba" or "Japan" as a note is
        // more likely a record type or a country than the zone of that name.
        String upper = text.toUpperCase(Locale.ROOT);
        String id = ZoneId.SHORT_IDS.containsKey(upper) ? ZoneId.SHORT_IDS.get(upper)
                : text.contains("/") ? text
                : ZoneId.getAvailableZoneIds().contains(upper) ? upper : null;
        if (id == null) {
            return Optional.empty();
        }
        try {
            return Optional.of(ZoneId.of(id));
        } catch (DateTimeException e) {
            return Optional.empty();
        }
    }

    /**
     * Lower case, no accents, every run of anything but letters and digits (spaces, punctuation, BOM, no-break
     * space) reduced to one space and trimmed; "" for null.
     */
    public static String normalize(String header) {
        if (header == null) {
            return "";
        }
        String text = Normalizer.normalize(header, Normalizer.Form.NFD);
        text = MARKS.matcher(text).replaceAll("");
        text = text.toLowerCase(Locale.ROOT);
        return NOT_LETTER_OR_DIGIT.matcher(text).replaceAll(" ").trim();
    }

    /**
     * {@code normalize(text).equals(key)}, answered without normalizing when the text's first letter or digit, in an
     * ASCII prefix, already differs from the key's: a table checks one cell of every data row for a repeated header,
     * and normalizing it (a Unicode decomposition and two regular expressions) was a tenth of reading a large CRM
     * export.
     */
    public static boolean normalizesTo(String text, String key) {
        if (text == null || key.isEmpty()) {
            return normalize(text).equals(key);
        }
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c >= 0x80) {
                break;  // a letter, mark or symbol outside ASCII: only the full rule knows
            }
            if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || (c >= 'A' && c <= 'Z')) {
                if (Character.toLowerCase(c) != key.charAt(0)) {
                    return false;
                }
                break;
            }
            // ASCII that is neither letter nor digit becomes a space and is trimmed from the front
        }
        return normalize(text).equals(key);
    }

    public static boolean isSystemColumn(String header) {
        return header != null && SYSTEM_COLUMN.matcher(stripInvisible(header)).find();
    }

    /** BOMs and no-break spaces are invisible in Excel, so a header "looks" the same with them. */
    private static String stripInvisible(String header) {
        return header.replace('\uFEFF', ' ').replace('\u00A0', ' ').strip();
    }
}
