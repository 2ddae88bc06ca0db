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

    /**
     * SPEC §5's keys for scans without an email, pass by pass: the one email lead with the scan's badge id, else the
     * one lead with its name and company, else a lead of its own keyed by badge id, else by name and company. A scan
     * keyed by badge in the third pass is a lead the last pass can join.
     */
    @Test
    void aScanWithoutEmailJoinsTheOneLeadWithItsBadgeElseItsNameElseStartsALead() {
        keyed(1, 2, "Anna", "Alt", "anna@alt.example", "B-1", "Alt GmbH");
        keyless(1, 3, "Anna", "Alt", "B-1", "Alt GmbH");             // badge B-1: Anna's lead
        keyed(1, 4, "Bert", "Bach", "bert@bach.example", "B-2", "Bach AG");
        keyed(1, 5, "Bert", "Bach", "bert@other.example", "B-2", "Bach AG");
        keyless(1, 6, "Bert", "Bach", "B-2", "Bach AG");             // two leads with B-2 and with the name: its own
        keyed(1, 7, "Carl", "Cord", "carl@cord.example", "", "Cord KG");
        keyless(2, 2, "Carl", "Cord", "B-3", "Cord KG");             // unknown badge, one lead by name: Carl's
        keyless(2, 3, "Dora", "Dahl", "B-4", "Dahl SE");             // nobody: a lead of badge B-4
        keyless(2, 4, "Dora", "Dahl", "", "Dahl SE");                // no badge: Dora's B-4 lead, by name
        keyless(2, 5, "Emil", "Eck", "", "Eck OHG");                 // nobody, no badge: a lead by name

        transaction.execute(status -> leads.rebuild());

        assertThat(jdbc.queryForList("""
                SELECT f.path || ':' || s.row_number || ' ' || l.lead_key
                FROM lead_scan ls JOIN lead l ON l.id = ls.lead_id JOIN scan s ON s.id = ls.scan_id
                JOIN source_file f ON f.id = s.file_id ORDER BY 1""", String.class)).containsExactly(
                "badge-scans/hm/a.csv:2 e:anna@alt.example",
                "badge-scans/hm/a.csv:3 e:anna@alt.example",
                "badge-scans/hm/a.csv:4 e:bert@bach.example",
                "badge-scans/hm/a.csv:5 e:bert@other.example",
                "badge-scans/hm/a.csv:6 b:B-2",
                "badge-scans/hm/a.csv:7 e:carl@cord.example",
                "badge-scans/hm/b.csv:2 e:carl@cord.example",
                "badge-scans/hm/b.csv:3 b:B-4",
                "badge-scans/hm/b.csv:4 b:B-4",
                "badge-scans/hm/b.csv:5 n:emil eck|eck ohg");
    }

    private void keyed(long file, int row, String first, String last, String email, String badge, String company) {
        identified(file, row, first, last, email, badge, company);
    }

    private void keyless(long file, int row, String first, String last, String badge, String company) {
        identified(file, row, first, last, null, badge, company);
    }

    private void identified(long file, int row, String first, String last, String email, String badge,
                            String company) {
        jdbc.update("""
                INSERT INTO scan (file_id, row_number, campaign_code, scanned_local, first_name, last_name, email,
                                  email_norm, company, badge_id, rating, name_key, last_name_key, company_key)
                VALUES (?, ?, 'hm', '2026-04-20 10:00'::timestamp + ? * interval '1 minute', ?, ?, ?, ?, ?, ?,
                        'UNRATED', ?, ?, ?)""",
                file, row, row, first, last, email == null ? "" : email, email, company, badge,
                (first + " " + last).toLowerCase(), last.toLowerCase(), company.toLowerCase());
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
