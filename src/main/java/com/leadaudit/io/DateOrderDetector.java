package com.leadaudit.io;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Decides, for one file, whether {@code 03/05/2024} is 3 May or 5 March. Any value with a first part over 12
 * settles it as day-first, a second part over 12 as month-first. One file comes from one locale, so the first
 * decisive value wins; later contrary evidence (a typo, a pasted row) does not flip it. (It is not reported either:
 * {@link DateOrderSniffer} stops reading at the first decisive value, so it would never see any.)
 */
public final class DateOrderDetector {

    private static final Pattern YEAR_LAST = Pattern.compile("^\\s*(\\d{1,2})[-/.](\\d{1,2})[-/.]\\d{2,4}(?!\\d)");

    private DateOrder decided;

    public void observe(String text) {
        if (text == null) {
            return;
        }
        Matcher m = YEAR_LAST.matcher(text);
        if (!m.find()) {
            return;
        }
        int first = Integer.parseInt(m.group(1));
        int second = Integer.parseInt(m.group(2));
        DateOrder evidence;
        if (first > 12 && second <= 12) {
            evidence = DateOrder.DAY_FIRST;
        } else if (second > 12 && first <= 12) {
            evidence = DateOrder.MONTH_FIRST;
        } else {
            return;
        }
        if (decided == null) {
            decided = evidence;
        }
    }

    public Optional<DateOrder> decided() {
        return Optional.ofNullable(decided);
    }
}
