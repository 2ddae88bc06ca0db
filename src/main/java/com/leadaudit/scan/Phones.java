package com.leadaudit.scan;

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
     * E.164 without extension, or empty. Numbers must be <em>valid</em> (a real number range for the country), not
     * merely of possible length: badge forms are full of placeholders like {@code 0987000099} that have the right
     * length but would all "match" each other in the PHONE tier.
     * <p>
     * {@code 00} is read as the international prefix even where the region dials abroad differently (the US uses
     * 011), because visitors write their own country's habit, not the exhibitor's. The region's own prefix is tried
     * first, so Australia's {@code 0011} still works.
     */
    public static Optional<String> toE164(String raw, String defaultRegion) {
        if (raw == null || raw.isBlank()) {
            return Optional.empty();
        }
        String region = defaultRegion == null || defaultRegion.isBlank()
                ? "ZZ" : defaultRegion.strip().toUpperCase(Locale.ROOT);
        String text = fromExcelNumber(raw.strip());
        Optional<String> direct = parseValid(text, region);
        if (direct.isPresent()) {
            return direct;
        }
        String digitsFirst = text.replaceFirst("^[\\s(]*", "");
        if (digitsFirst.startsWith("00")) {
            return parseValid("+" + digitsFirst.substring(2), region);
        }
        return Optional.empty();
    }

    private static Optional<String> parseValid(String text, String region) {
        try {
            PhoneNumber number = UTIL.parse(text, region);
            return UTIL.isValidNumber(number)
                    ? Optional.of(UTIL.format(number, PhoneNumberUtil.PhoneNumberFormat.E164))
                    : Optional.empty();
        } catch (NumberParseException e) {
            return Optional.empty();
        }
    }

    private static String fromExcelNumber(String text) {
        if (!EXCEL_NUMBER.matcher(text).matches() || !(text.contains(".") || text.contains("e") || text.contains("E"))) {
            return text;
        }
        try {
            return new BigDecimal(text).toBigIntegerExact().toString();
        } catch (ArithmeticException notWhole) {
            return text;
        }
    }
}
