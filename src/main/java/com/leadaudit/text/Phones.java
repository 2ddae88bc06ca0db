package com.leadaudit.text;

import com.google.i18n.phonenumbers.NumberParseException;
import com.google.i18n.phonenumbers.PhoneNumberUtil;
import com.google.i18n.phonenumbers.Phonenumber.PhoneNumber;

import java.math.BigDecimal;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/** Phone numbers in E.164 for the PHONE matching tier (§5, §6). */
public final class Phones {

    private static final PhoneNumberUtil UTIL = PhoneNumberUtil.getInstance();
    // Numbers typed into an Excel number cell come back as 4155550100.0 or 4.1555501E9.
    private static final Pattern EXCEL_NUMBER = Pattern.compile("\\d+(\\.\\d+)?([eE][+]?\\d+)?");

    private Phones() {
    }

    /**
     * E.164 without extension, or empty. SPEC §6: a number of <em>possible</em> length for its region counts even where
     * libphonenumber does not list its range as valid (new ranges, private networks, numbers typed by visitors);
     * obvious placeholders (one repeated digit, an ascending or descending run such as {@code 123456789}) never do,
     * or every visitor who typed one would "match" every other in the PHONE tier.
     * <p>
     * {@code 00} is read as the international prefix even where the region dials abroad differently (the US uses
     * 011), because visitors write their own country's habit, not the exhibitor's. The region's own prefix is tried
     * first, so Australia's {@code 0011} still works.
     */
    public static Optional<String> toE164(String raw, String defaultRegion) {
        return toE164(raw, defaultRegion, true);
    }

    /** As above; without {@link #northAmerican} when {@code shortcut} is false, the tests' reference for it. */
    static Optional<String> toE164(String raw, String defaultRegion, boolean shortcut) {
        if (raw == null || raw.isBlank()) {
            return Optional.empty();
        }
        String region = defaultRegion == null || defaultRegion.isBlank()
                ? "ZZ" : defaultRegion.strip().toUpperCase(Locale.ROOT);
        String text = fromExcelNumber(raw.strip());
        String northAmerican = shortcut ? northAmerican(text, region) : null;
        if (northAmerican != null) {
            return Optional.of(northAmerican);
        }
        Optional<String> direct = parsePossible(text, region);
        if (direct.isPresent()) {
            return direct;
        }
        String digitsFirst = text.replaceFirst("^[\\s(]*", "");
        if (digitsFirst.startsWith("00")) {
            return parsePossible("+" + digitsFirst.substring(2), region);
        }
        return Optional.empty();
    }

    /**
     * The commonest form in North American lead and CRM exports, decided without libphonenumber's parse, whose
     * regular expressions (the extension search above all) were a sixth of the import threads' CPU at issue #17's
     * shape, about 5 µs a number: {@code +1} and ten digits, or in a file from the US or Canada the ten digits alone,
     * the first of them 2–9, with spaces, hyphens, dots or parentheses between them and nothing else. Such a number
     * has no extension, no international or national prefix to strip and a possible length, so libphonenumber
     * answers {@code +1} and the ten digits; {@code PhonesTest} holds the two to the same answer on generated
     * numbers. Null for everything else (and for placeholders), which takes the full parse.
     */
    static String northAmerican(String text, String region) {
        int length = text.length();
        boolean plus = length > 0 && text.charAt(0) == '+';
        if (!plus && !region.equals("US") && !region.equals("CA")) {
            return null;
        }
        char[] digits = new char[11];
        int count = 0;
        for (int i = plus ? 1 : 0; i < length; i++) {
            char c = text.charAt(i);
            if (c >= '0' && c <= '9') {
                if (count == digits.length) {
                    return null;
                }
                digits[count++] = c;
            } else if (c != ' ' && c != '-' && c != '.' && c != '(' && c != ')') {
                return null;
            }
        }
        int from = plus ? 1 : 0;
        if (count != from + 10 || (plus && digits[0] != '1') || digits[from] < '2') {
            return null;
        }
        String national = new String(digits, from, 10);
        return isPlaceholder(national) ? null : "+1" + national;
    }

    private static Optional<String> parsePossible(String text, String region) {
        try {
            PhoneNumber number = UTIL.parse(text, region);
            if (!UTIL.isPossibleNumber(number) || isPlaceholder(UTIL.getNationalSignificantNumber(number))) {
                return Optional.empty();
            }
            return Optional.of(UTIL.format(number, PhoneNumberUtil.PhoneNumberFormat.E164));
        } catch (NumberParseException e) {
            return Optional.empty();
        }
    }

    /** One digit repeated ({@code 5555555555}) or a run up or down ({@code 123456789}, {@code 9876543210}). */
    static boolean isPlaceholder(String digits) {
        if (digits.length() < 2) {
            return true;
        }
        boolean same = true;
        boolean up = true;
        boolean down = true;
        for (int i = 1; i < digits.length(); i++) {
            int step = (digits.charAt(i) - digits.charAt(i - 1) + 10) % 10;
            same &= step == 0;
            up &= step == 1;
            down &= step == 9;
        }
        return same || up || down;
    }

    private static String fromExcelNumber(String text) {
        // the cheap test first: most numbers have no dot or exponent, and the pattern ran on every one of them
        if (!(text.contains(".") || text.contains("e") || text.contains("E")) || !EXCEL_NUMBER.matcher(text).matches()) {
            return text;
        }
        try {
            return new BigDecimal(text).toBigIntegerExact().toString();
        } catch (ArithmeticException notWhole) {
            return text;
        }
    }
}
