package com.leadaudit.scan;

/** How promising booth staff judged a lead (§5). {@code rank} orders them: higher is hotter. */
public enum Rating {
    HOT(3), WARM(2), COLD(1), UNRATED(0);

    private final int rank;

    Rating(int rank) {
        this.rank = rank;
    }

    public int rank() {
        return rank;
    }

    /** The hotter of two ratings; a lead scanned twice keeps its best judgement. Null counts as UNRATED. */
    public static Rating best(Rating a, Rating b) {
        Rating x = a == null ? UNRATED : a;
        Rating y = b == null ? UNRATED : b;
        return y.rank > x.rank ? y : x;
    }
}
