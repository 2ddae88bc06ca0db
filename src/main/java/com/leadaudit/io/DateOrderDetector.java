package com.leadaudit.io;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Decides, for one file, whether {@code 03/05/2024} is 3 May or 5 March. Any value with a first part over 12
 * settles it as day-first, a second part over 12 as month-first. One file comes from one locale, so the first
 * decisive value wins; later contrary evidence (a typo, a pasted row) is noted but does not flip it.
 */
public final class DateOrderDetector {

    private static final Pattern YEAR_LAST = Pattern.compile("^\\s*(\\d{1,2})[-/.](\\d{1,2})[-/.]\\d{2,4}(?!\\d)");

    private DateOrder decided;
    private boolean conflicting;

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
        } else if (decided != evidence) {
            conflicting = true;
        }
    }

    public Optional<DateOrder> decided() {
        return Optional.ofNullable(decided);
    }

    /** True once a value contradicted the decision: worth a data-quality warning. */
    public boolean conflicting() {
        return conflicting;
    }
}
