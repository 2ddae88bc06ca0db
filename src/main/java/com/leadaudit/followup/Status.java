package com.leadaudit.followup;

/** A lead's follow-up verdict (§8). */
public enum Status {
    ON_TIME, LATE, OVERDUE, OPEN
}
