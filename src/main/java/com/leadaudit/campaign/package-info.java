/**
 * The campaign register (SPEC §3): reads {@code campaigns.csv} (rows it cannot use are rejected with a warning and
 * their folders audited with the defaults) and owns table {@code campaign}: codes, names, dates, time zone, SLA,
 * country, holidays, cost, and each night's as-of instant. Step {@code campaigns}; {@code buildLeads} fills missing
 * dates from the scans. Uses the follow-up rules (SLA, calendar) and amounts (cost).
 */
package com.leadaudit.campaign;
