package com.leadaudit.io;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/** Comparison keys for column headers, so "First_Name", " first  name" and "FIRST-NAME" are one column. */
public final class ColumnNames {

    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern NOT_LETTER_OR_DIGIT = Pattern.compile("[^\\p{L}\\p{N}]+");
    /** Dynamics "Export to Excel" puts hidden id/checksum columns first, named "(Do Not Modify) …". */
    private static final Pattern SYSTEM_COLUMN = Pattern.compile("^\\(\\s*do not modify\\s*\\)",
            Pattern.CASE_INSENSITIVE);

    private ColumnNames() {
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

    public static boolean isSystemColumn(String header) {
        return header != null && SYSTEM_COLUMN.matcher(stripInvisible(header)).find();
    }

    /** BOMs and no-break spaces are invisible in Excel, so a header "looks" the same with them. */
    private static String stripInvisible(String header) {
        return header.replace('\uFEFF', ' ').replace('\u00A0', ' ').strip();
    }
}
