package com.leadaudit.report;

import com.leadaudit.rebuild.DerivedSet;
import com.leadaudit.rebuild.DerivedState;
import java.sql.Array;
import java.util.Arrays;
import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/**
 * Owner of table lead_answer_columns: the custom questions a campaign's Leads sheet shows as columns
 * ({@link ReportQueries#ANSWER_COLUMNS}), kept with the fingerprint of the leads they were read from. Answers are
 * written only when the campaign's leads are built, and every build records that fingerprint
 * ({@link DerivedSet#LEADS}); so while the recorded fingerprint is the one kept here, the columns are the ones kept.
 * Reading them again cost a pass over every lead's answers per campaign and night.
 */
@Repository
class AnswerColumns {

    private final JdbcTemplate jdbc;
    private final DerivedState derived;

    AnswerColumns(JdbcTemplate jdbc, DerivedState derived) {
        this.jdbc = jdbc;
        this.derived = derived;
    }

    /** The campaign's answer columns in sheet order: kept ones while its leads are as built, else read and kept. */
    List<String> of(String campaignCode) {
        String leads = derived.recordedFingerprint(DerivedSet.LEADS, campaignCode).orElse(null);
        if (leads != null) {
            List<List<String>> kept = jdbc.query(
                    "SELECT columns FROM lead_answer_columns WHERE campaign_code = ? AND leads_fingerprint = ?",
                    (rs, i) -> texts(rs.getArray(1)), campaignCode, leads);
            if (!kept.isEmpty()) {
                return kept.get(0);
            }
        }
        List<String> columns = jdbc.queryForList(ReportQueries.ANSWER_COLUMNS, String.class, campaignCode);
        // Leads with no recorded fingerprint are read every time: nothing would say when they change.
        if (leads != null) {
            jdbc.update("""
                    INSERT INTO lead_answer_columns (campaign_code, leads_fingerprint, columns) VALUES (?, ?, ?)
                    ON CONFLICT (campaign_code) DO UPDATE
                        SET leads_fingerprint = excluded.leads_fingerprint, columns = excluded.columns""",
                    ps -> {
                        ps.setString(1, campaignCode);
                        ps.setString(2, leads);
                        ps.setArray(3, ps.getConnection().createArrayOf("text", columns.toArray()));
                    });
        }
        return columns;
    }

    private static List<String> texts(Array array) throws java.sql.SQLException {
        return List.copyOf(Arrays.asList((String[]) array.getArray()));
    }
}
