package com.leadaudit.outcome;

import java.math.BigDecimal;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Money as CRM exports write it (SPEC §14): {@code 12500}, {@code 12,500.00}, {@code 12.500,00}, {@code $12,500},
 * {@code 12 500 €}, {@code EUR 12500}. The currency a value names (symbol or ISO code) is returned with it; amounts
 * are never converted between currencies.
 */
public final class Amounts {

    public record Amount(BigDecimal value, String currency) {
    }

    private static final Map<String, String> SYMBOLS = Map.of("$", "USD", "€", "EUR", "£", "GBP", "¥", "JPY",
            "CHF", "CHF", "US$", "USD");
    private static final Pattern SHAPE = Pattern.compile(
            "^(?<pre>[A-Z]{3}|US\\$|[$€£¥])?\\s*(?<sign>-)?\\s*(?<num>\\d[\\d.,'\\s\\u00A0\\u202F]*)\\s*(?<post>[A-Z]{3}|[$€£¥])?$");

    private Amounts() {
    }

    public static Optional<Amount> parse(String raw) {
        if (raw == null || raw.isBlank()) {
            return Optional.empty();
        }
        Matcher m = SHAPE.matcher(raw.strip().toUpperCase(Locale.ROOT));
        if (!m.matches()) {
            return Optional.empty();
        }
        String symbol = m.group("pre") != null ? m.group("pre") : m.group("post");
        String currency = symbol == null ? null : SYMBOLS.getOrDefault(symbol, symbol.length() == 3 ? symbol : null);
        String digits = m.group("num").replaceAll("[\\s\\u00A0\\u202F']", "");
        String plain = decimalPoint(digits);
        if (plain == null) {
            return Optional.empty();
        }
        try {
            BigDecimal value = new BigDecimal(plain);
            return Optional.of(new Amount(m.group("sign") == null ? value : value.negate(), currency));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    /**
     * The number with {@code .} as its decimal point and no grouping. With both marks, the last one is the decimal
     * point; with one kind only, it is a decimal point when it appears once and is followed by one or two digits
     * ({@code 12,5}, {@code 12.50}), else a thousands separator ({@code 12,500}, {@code 1.250.000}).
     */
    private static String decimalPoint(String digits) {
        int comma = digits.lastIndexOf(',');
        int dot = digits.lastIndexOf('.');
        if (comma >= 0 && dot >= 0) {
            char decimal = comma > dot ? ',' : '.';
            char group = decimal == ',' ? '.' : ',';
            String ungrouped = digits.replace(String.valueOf(group), "");
            return ungrouped.indexOf(decimal) != ungrouped.lastIndexOf(decimal) ? null
                    : ungrouped.replace(decimal, '.');
        }
        char mark = comma >= 0 ? ',' : '.';
        int last = Math.max(comma, dot);
        if (last < 0) {
            return digits;
        }
        boolean once = digits.indexOf(mark) == last;
        int after = digits.length() - last - 1;
        if (once && after >= 1 && after <= 2) {
            return digits.replace(mark, '.');
        }
        return after == 3 ? digits.replace(String.valueOf(mark), "") : null;
    }
}
