package com.leadaudit.followup;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/** Hours from capture to first touch, as shown in the Leads sheet and fed to the time statistics (§8, §9). */
public final class HoursToFirstTouch {

    private static final BigDecimal SECONDS_PER_HOUR = BigDecimal.valueOf(3600);

    private HoursToFirstTouch() {
    }

    /**
     * One decimal, half-up, computed in exact decimal arithmetic so 2h15m is 2.3 and never 2.2 by float error.
     * Empty without a touch, and for a date-only touch: its time of day is unknown, so any number would be made up.
     */
    public static Optional<BigDecimal> of(Instant capturedAt, TouchTime firstTouch) {
        if (firstTouch == null || firstTouch.isDateOnly()) {
            return Optional.empty();
        }
        Duration elapsed = Duration.between(capturedAt, firstTouch.instant());
        BigDecimal seconds = BigDecimal.valueOf(elapsed.getSeconds()).add(BigDecimal.valueOf(elapsed.getNano(), 9));
        return Optional.of(seconds.divide(SECONDS_PER_HOUR, 1, RoundingMode.HALF_UP));
    }
}
