package com.leadaudit.importing;

/** Where in the input layout a file was found (SPEC §3). */
public enum FileRole {
    BADGE_SCAN,
    CRM
}
