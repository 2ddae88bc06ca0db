package com.leadaudit.followup;

import com.leadaudit.text.TextKeys;

import java.util.Arrays;
import java.util.Collections;
import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;

/** What kind of CRM activity something was, independent of the vendor that logged it (§7). */
public enum Channel {
    EMAIL, CALL, MEETING, TASK, LINKEDIN, MASS_EMAIL, MARKETING_EMAIL, NOTE, OTHER;

    /** The channels that count as a follow-up when a campaign does not say otherwise. Read-only. */
    public static final Set<Channel> DEFAULT_QUALIFYING =
            Collections.unmodifiableSet(EnumSet.of(EMAIL, CALL, MEETING));

    /**
     * Reads a campaign's {@code qualifying_types}, e.g. {@code EMAIL;CALL;MEETING;LINKEDIN}. The list replaces the
     * default set rather than adding to it, so an operator can also narrow it. Spelling is forgiving
     * ({@code Mass Email}, {@code linked_in}) because people type these into a spreadsheet by hand.
     */
    public static Set<Channel> parseQualifying(String semicolonList) {
        if (semicolonList == null || semicolonList.isBlank()) {
            return DEFAULT_QUALIFYING;
        }
        EnumSet<Channel> result = EnumSet.noneOf(Channel.class);
        for (String part : semicolonList.split(";")) {
            if (!part.isBlank()) {
                result.add(byName(part));
            }
        }
        return result.isEmpty() ? DEFAULT_QUALIFYING : Collections.unmodifiableSet(result);
    }

    private static Channel byName(String name) {
        String wanted = TextKeys.compact(name);
        for (Channel c : values()) {
            if (TextKeys.compact(c.name()).equals(wanted)) {
                return c;
            }
        }
        String known = Arrays.stream(values()).map(Enum::name).collect(Collectors.joining(", "));
        throw new IllegalArgumentException(
                "unknown activity type '" + name.strip() + "' in qualifying_types; use one of " + known);
    }
}
