package com.leadaudit.io;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

/** Looks at the first bytes of a would-be CSV: is it text at all, and in which UTF-16 byte order if any. */
final class TextSniffer {

    /** Share of control bytes above which the head is binary; genuine CSVs have none besides tab and line ends. */
    private static final double MAX_CONTROL_SHARE = 0.02;

    private TextSniffer() {
    }

    static boolean looksBinary(byte[] head) {
        if (utf16ByteOrder(head) != null) {
            return false;
        }
        int controls = 0;
        for (byte b : head) {
            int c = b & 0xFF;
            boolean lineOrTab = c == '\t' || c == '\n' || c == '\r' || c == '\f';
            if ((c < 0x20 && !lineOrTab) || c == 0x7F) {
                controls++;
            }
        }
        return controls > head.length * MAX_CONTROL_SHARE;
    }

    /**
     * UTF-16 by byte-order mark, or without one when every other byte is NUL (ASCII text in UTF-16) — null
     * otherwise.
     */
    static Charset utf16ByteOrder(byte[] head) {
        if (head.length >= 2 && (head[0] & 0xFF) == 0xFF && (head[1] & 0xFF) == 0xFE) {
            return StandardCharsets.UTF_16LE;
        }
        if (head.length >= 2 && (head[0] & 0xFF) == 0xFE && (head[1] & 0xFF) == 0xFF) {
            return StandardCharsets.UTF_16BE;
        }
        if (head.length < 16) {
            return null;
        }
        int evenNuls = 0;
        int oddNuls = 0;
        for (int i = 0; i + 1 < head.length; i += 2) {
            evenNuls += head[i] == 0 ? 1 : 0;
            oddNuls += head[i + 1] == 0 ? 1 : 0;
        }
        int pairs = head.length / 2;
        if (oddNuls > pairs * 0.9 && evenNuls < pairs * 0.1) {
            return StandardCharsets.UTF_16LE;
        }
        if (evenNuls > pairs * 0.9 && oddNuls < pairs * 0.1) {
            return StandardCharsets.UTF_16BE;
        }
        return null;
    }

    /**
     * Web pages and Excel 2003 XML are often saved with an .xls name by export tools; they are text, but reading
     * them as CSV would only produce a puzzling "no header row" later.
     */
    static String describeMarkup(byte[] head) {
        String start = new String(head, 0, Math.min(head.length, 1024), StandardCharsets.ISO_8859_1)
                .replace("\u00EF\u00BB\u00BF", "")
                .stripLeading()
                .toLowerCase(Locale.ROOT);
        if (start.startsWith("<!doctype html") || start.startsWith("<html") || start.startsWith("<table")) {
            return "the file is a web page (HTML), not a spreadsheet; open it in Excel and save it as xlsx";
        }
        if (start.startsWith("<?xml") && start.contains("urn:schemas-microsoft-com:office:spreadsheet")) {
            return "the file is an Excel 2003 XML spreadsheet; open it in Excel and save it as xlsx";
        }
        return null;
    }
}
