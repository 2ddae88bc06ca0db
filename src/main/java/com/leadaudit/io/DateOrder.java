package com.leadaudit.io;

/** How to read an ambiguous {@code a/b/yyyy}: US files put the month first, most others the day. */
public enum DateOrder {
    MONTH_FIRST, DAY_FIRST
}
