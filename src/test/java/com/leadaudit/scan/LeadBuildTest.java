package com.leadaudit.scan;

import static org.assertj.core.api.Assertions.assertThat;

import com.leadaudit.AuditTest;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The lead build of SPEC §5 on stored scans: a lead of one scan takes that scan's fields, a re-scanned lead the first
 * non-empty value of each field in capture order. The two kinds go through different SQL (issue #7), so both are
 * checked field by field here, with the same kinds of values: empty answers, notes, staff, a missing title.
 */
@AuditTest
class LeadBuildTest {

    @Autowired
    LeadRepository leads;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    TransactionTemplate transaction; // the build runs in its step's transaction (its temp tables live in it)

    @BeforeEach
    void campaignAndItsScanFiles() {
        jdbc.update("""
                INSERT INTO campaign (code, name, time_zone, sla, country, qualifying_types, registered)
                VALUES ('hm', 'Hannover Messe', 'Europe/Berlin', '2bd', 'DE', 'CALL;EMAIL;MEETING', TRUE)""");
        for (String path : List.of("badge-scans/hm/a.csv", "badge-scans/hm/b.csv")) {
            jdbc.update("""
                    INSERT INTO source_file (path, role, campaign_code, sha256, fingerprint, size_bytes, status)
                    VALUES (?, 'BADGE_SCAN', 'hm', 'x', ?, 1, 'IMPORTED')""", path, path);
        }
    }

    @Test
    void aLeadOfOneScanKeepsItsFieldsAndAReScannedLeadTheFirstNonEmptyOfEach() {
        // Sabine: one scan, one empty answer (dropped) and one numeric one (kept as text)
        scan(1, 2, "2026-04-20 10:15", "Sabine", "Lorenz", "sabine@elbe.example", "", "Kai Berg", "WARM",
                "Call back in May", "{\"Budget\": \"\", \"Robots\": 12}");
        // Jonas: scanned at b.csv row 4 without a title, then at a.csv row 3 with one; the earlier scan leads
        scan(2, 4, "2026-04-20 09:00", "Jonas", "", "jonas@weser.example", "", "", "COLD", "", null);
        scan(1, 3, "2026-04-21 11:30", "Jonas", "Weber", "jonas@weser.example", "CTO", "Ute Kraus", "HOT",
                "Met again", "{\"Robots\": \"3\"}");

        LeadRepository.Result built = transaction.execute(status -> leads.rebuild());

        assertThat(built.leads()).isEqualTo(2);
        Map<String, Object> sabine = lead("e:sabine@elbe.example");
        Map<String, Object> jonas = lead("e:jonas@weser.example");
        // ids in (campaign, key) order, whatever path each lead took
        assertThat(jonas.get("id")).isEqualTo(1L);
        assertThat(sabine.get("id")).isEqualTo(2L);
        assertThat(sabine).containsEntry("first_name", "Sabine").containsEntry("last_name", "Lorenz")
                .containsEntry("title", "").containsEntry("rating", "WARM").containsEntry("scans", 1)
                .containsEntry("scanned_by", "Kai Berg").containsEntry("staff", "{\"Kai Berg\"}")
                .containsEntry("notes", "Call back in May").containsEntry("answers", "{\"Robots\": \"12\"}")
                .containsEntry("source_file", "badge-scans/hm/a.csv").containsEntry("source_row", 2)
                .containsEntry("email_domain", "elbe.example").containsEntry("name_key", "sabine lorenz");
        assertThat(jonas).containsEntry("first_name", "Jonas").containsEntry("last_name", "Weber")
                .containsEntry("title", "CTO").containsEntry("rating", "HOT").containsEntry("scans", 2)
                // staff: one element per distinct staff member, NULL for the scan without one
                .containsEntry("scanned_by", "Ute Kraus").containsEntry("staff", "{\"Ute Kraus\",NULL}")
                .containsEntry("notes", "Met again").containsEntry("answers", "{\"Robots\": \"3\"}")
                .containsEntry("source_file", "badge-scans/hm/b.csv").containsEntry("source_row", 4)
                .containsEntry("captured_at_text", "2026-04-20 07:00:00+00");
        assertThat(jdbc.queryForList("SELECT lead_id || '-' || scan_id FROM lead_scan ORDER BY 1", String.class))
                .containsExactly("1-2", "1-3", "2-1");
    }

    private void scan(long file, int row, String local, String first, String last, String email, String title,
                      String staff, String rating, String notes, String answers) {
        String nameKey = (first + " " + last).toLowerCase().strip();
        jdbc.update("""
                INSERT INTO scan (file_id, row_number, campaign_code, scanned_local, first_name, last_name, email,
                                  email_norm, title, scanned_by, rating, notes, answers, name_key, last_name_key)
                VALUES (?, ?, 'hm', ?::timestamp, ?, ?, ?, ?, ?, ?, ?, ?, ?::jsonb, ?, ?)""",
                file, row, local, first, last, email, email, title, staff, rating, notes, answers, nameKey,
                last.toLowerCase());
    }

    private Map<String, Object> lead(String key) {
        return jdbc.queryForMap("""
                SELECT id, first_name, last_name, title, rating, scans, scanned_by, staff::text AS staff, notes,
                       answers::text AS answers, source_file, source_row, email_domain, name_key,
                       to_char(captured_at AT TIME ZONE 'UTC', 'YYYY-MM-DD HH24:MI:SS') || '+00' AS captured_at_text
                FROM lead_with_state WHERE lead_key = ?""", key);
    }
}
