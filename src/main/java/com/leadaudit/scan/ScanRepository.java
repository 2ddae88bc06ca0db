package com.leadaudit.scan;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/** Owner of table scan. */
@Repository
public class ScanRepository {

    /** The columns {@link ScanWriter} COPYs, in its order. */
    static final String COPY_COLUMNS = """
            scan (file_id, row_number, campaign_code, scanned_local, scanned_instant, capture_estimated,
                  first_name, last_name, email, company, title, phone, phone_e164, country, badge_id,
                  scanned_by, rating_raw, rating, notes, answers, email_norm, name_key, last_name_key,
                  company_key)""";

    private final JdbcTemplate jdbc;

    public ScanRepository(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    public int countOf(String campaignCode) {
        return jdbc.queryForObject("SELECT count(*) FROM scan WHERE campaign_code = ?", Integer.class, campaignCode);
    }

    ScanWriter writer(long fileId, String campaignCode) {
        return new ScanWriter(jdbc.getDataSource(), fileId, campaignCode);
    }
}
