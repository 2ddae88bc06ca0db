package com.leadaudit.followup;

import java.util.Set;

/** Whether one activity is a follow-up touch (§7); the time window is {@link TouchWindow}'s job. */
public final class TouchRules {

    private TouchRules() {
    }

    /**
     * Bulk sends never count, even when a campaign lists them as qualifying: the audit measures whether a person
     * followed up, and a newsletter proves nothing about that. Unknown direction counts (most exports omit it).
     * A null {@code qualifying} set means the default.
     */
    public static boolean isTouch(Channel channel, Set<Channel> qualifying, Direction direction, boolean happened) {
        if (channel == null || !happened) {
            return false;
        }
        if (channel == Channel.MASS_EMAIL || channel == Channel.MARKETING_EMAIL) {
            return false;
        }
        Set<Channel> allowed = qualifying == null ? Channel.DEFAULT_QUALIFYING : qualifying;
        return allowed.contains(channel) && direction != Direction.INBOUND;
    }
}
