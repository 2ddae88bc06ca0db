package com.leadaudit;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Writes a handful of rows straight into the job's tables, so a test of one SQL rule starts from exactly the rows
 * that rule reads instead of from files run through the whole import. Only the columns a test cares about are
 * named; the other NOT NULL columns get neutral values.
 */
public final class SeedRows {

    private static final Map<String, Object> LEAD = Map.ofEntries(
            Map.entry("email", ""), Map.entry("first_name", ""), Map.entry("last_name", ""), Map.entry("company", ""),
            Map.entry("title", ""), Map.entry("phone", ""), Map.entry("rating", "UNRATED"),
            Map.entry("scanned_by", ""), Map.entry("capture_estimated", false), Map.entry("scans", 1),
            Map.entry("notes", ""), Map.entry("source_file", "badge-scans/show/leads.csv"),
            Map.entry("source_row", 2), Map.entry("name_key", ""), Map.entry("last_name_key", ""),
            Map.entry("company_key", ""));

    /** What the nights decide about a lead: table lead_state's columns besides its id, campaign and capture. */
    private static final Set<String> STATE_COLUMNS = Set.of("match_tier", "crm_owner",
            "first_touch_id", "first_touch_at", "first_touch_date", "first_touch_type", "first_touch_by",
            "hours_to_touch", "deadline", "status", "outcome_id", "outcome_name", "outcome_created", "outcome_amount",
            "outcome_currency", "outcome_stage", "outcome_state");

    private final JdbcTemplate jdbc;

    public SeedRows(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** A registered campaign with its zone, SLA and qualifying channels, and the as-of of the run in progress. */
    public void campaign(String code, String zone, String sla, String qualifying, Instant asOf) {
        insert("campaign", Map.of("code", code, "name", code, "time_zone", zone, "sla", sla, "country", "DE",
                "qualifying_types", qualifying, "registered", true, "as_of_instant", asOf));
    }

    /**
     * A lead of {@code campaign} keyed {@code key}, captured at {@code capturedAt}, with its row of lead_state as the
     * lead build writes it (the columns named here that are lead_state's go there); returns its id.
     */
    public long lead(String campaign, String key, Instant capturedAt, Map<String, Object> columns) {
        Map<String, Object> lead = new LinkedHashMap<>(LEAD);
        Map<String, Object> state = new LinkedHashMap<>();
        columns.forEach((column, value) -> (STATE_COLUMNS.contains(column) ? state : lead).put(column, value));
        lead.put("campaign_code", campaign);
        lead.put("lead_key", key);
        lead.put("captured_at", capturedAt);
        long id = insertReturningId("lead", lead);
        state.put("id", id);
        state.put("campaign_code", campaign);
        state.put("captured_at", capturedAt);
        insert("lead_state", state);
        return id;
    }

    /**
     * One row of {@code table} with these columns. Instants are stored as timestamptz, dates as dates and lists as
     * text arrays; anything else as JDBC binds it.
     */
    public void insert(String table, Map<String, Object> columns) {
        jdbc.update(statement(table, columns), bind(columns));
    }

    /** As {@link #insert}, for a table with an id column; returns the id. */
    public long insertReturningId(String table, Map<String, Object> columns) {
        return jdbc.queryForObject(statement(table, columns) + " RETURNING id", Long.class, bind(columns));
    }

    private static String statement(String table, Map<String, Object> columns) {
        return "INSERT INTO " + table + " (" + String.join(", ", columns.keySet()) + ") VALUES ("
                + String.join(", ", Collections.nCopies(columns.size(), "?")) + ")";
    }

    private Object[] bind(Map<String, Object> columns) {
        List<Object> values = new ArrayList<>();
        for (Object value : columns.values()) {
            values.add(jdbcValue(value));
        }
        return values.toArray();
    }

    private static Object jdbcValue(Object value) {
        if (value instanceof Instant instant) {
            return Timestamp.from(instant);
        }
        if (value instanceof LocalDate date) {
            return java.sql.Date.valueOf(date);
        }
        if (value instanceof List<?> list) {
            return list.stream().map(e -> e == null ? null : e.toString()).toArray(String[]::new);
        }
        return value;
    }
}
