package com.leadaudit.report;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What the Run sheet records so that a workbook can be traced back to its inputs and settings.
 *
 * @param asOf        canonical as-of text: an ISO date ({@code 2026-04-27}) or an ISO instant
 * @param asOfInstant the instant activities were cut off at (for a date as-of: end of day in the campaign's zone)
 * @param settings    effective settings; values may be null
 */
public record RunInfo(
        String asOf,
        Instant asOfInstant,
        String softwareVersion,
        Instant startedAt,
        List<InputFile> inputFiles,
        Map<String, String> settings) {

    public RunInfo {
        // Copies that tolerate null entries (List.copyOf/Map.copyOf do not), so a caller's later edits cannot
        // change a workbook being written.
        inputFiles = inputFiles == null ? List.of() : Collections.unmodifiableList(new ArrayList<>(inputFiles));
        settings = settings == null ? Map.of() : Collections.unmodifiableMap(new LinkedHashMap<>(settings));
    }
}
