package com.leadaudit.report;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Spells out an SLA code (§3) for readers who do not know the notation: {@code 2bd} → {@code 2bd (2 business days)}. */
final class SlaText {

    private static final Pattern SLA = Pattern.compile("\\s*(\\d{1,9})\\s*(h|bd)\\s*", Pattern.CASE_INSENSITIVE);

    private SlaText() {
    }

    static String describe(String sla) {
        if (sla == null) {
            return null;
        }
        Matcher m = SLA.matcher(sla);
        if (!m.matches()) {
            return sla;
        }
        long n = Long.parseLong(m.group(1));
        String unit = m.group(2).equalsIgnoreCase("h") ? "hour" : "business day";
        return sla.trim() + " (" + n + " " + unit + (n == 1 ? "" : "s") + ")";
    }
}
