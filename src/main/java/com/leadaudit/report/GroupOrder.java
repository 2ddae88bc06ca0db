package com.leadaudit.report;

import com.leadaudit.figures.GroupFigures;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/** The orders in which figure slices are listed. */
final class GroupOrder {

    static final String NO_NAME = "(none)";
    private static final List<String> RATINGS = List.of("HOT", "WARM", "COLD", "UNRATED");

    private GroupOrder() {
    }

    /**
     * Owners and booth staff: best compliance first so the table reads as a ranking; a slice without a compliance
     * (nothing due yet) says nothing about anyone and goes last; ties by more leads, then by name.
     */
    static final Comparator<GroupFigures> BY_COMPLIANCE =
            Comparator.comparing(GroupFigures::compliance, Comparator.nullsLast(Comparator.reverseOrder()))
                    .thenComparing(GroupFigures::leads, Comparator.reverseOrder())
                    .thenComparing(g -> displayName(g).toLowerCase(Locale.ROOT))
                    .thenComparing(GroupOrder::displayName);

    /** Ratings from hottest to unrated, as §5 defines them; anything unexpected after, by name. */
    static final Comparator<GroupFigures> BY_RATING =
            Comparator.comparing((GroupFigures g) -> ratingRank(g.group())).thenComparing(GroupOrder::displayName);

    static List<GroupFigures> sorted(List<GroupFigures> groups, Comparator<GroupFigures> order) {
        return groups == null ? List.of() : groups.stream().sorted(order).toList();
    }

    static String displayName(GroupFigures g) {
        return g.group() == null || g.group().isBlank() ? NO_NAME : g.group();
    }

    private static int ratingRank(String rating) {
        int i = rating == null ? -1 : RATINGS.indexOf(rating.toUpperCase(Locale.ROOT));
        return i < 0 ? RATINGS.size() : i;
    }
}
