package com.leadaudit.rebuild;

import static org.assertj.core.api.Assertions.assertThat;

import com.leadaudit.AuditTest;
import com.leadaudit.SeedRows;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A campaign's lead_version changes with every statement that changes its leads, whoever writes them (the triggers
 * of V16): figures and kept workbooks compare it, so a writer that could forget it would leave a stale workbook.
 */
@AuditTest
class LeadVersionTriggerTest {

    private static final Instant CAPTURED = Instant.parse("2026-04-28T09:00:00Z");

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    PlatformTransactionManager transactions;

    SeedRows seed;

    @BeforeEach
    void campaigns() {
        seed = new SeedRows(jdbc);
        for (String code : new String[] {"hm", "ces", "ifa"}) {
            seed.campaign(code, "Europe/Berlin", "2bd", "CALL", Instant.parse("2026-04-30T16:00:00Z"));
        }
    }

    @Test
    void insertingLeadsGivesTheirCampaignsANewVersion() {
        long hm = version("hm");
        long ces = version("ces");
        long ifa = version("ifa");

        seed.lead("hm", "anna@elbe.example", CAPTURED, Map.of());
        seed.lead("ces", "jonas@weser.example", CAPTURED, Map.of());

        assertThat(version("hm")).isGreaterThan(hm);
        assertThat(version("ces")).isGreaterThan(ces);
        assertThat(version("ifa")).isEqualTo(ifa);
    }

    @Test
    void anUpdateBumpsOnlyTheCampaignsOfTheRowsItChanged() {
        long anna = seed.lead("hm", "anna@elbe.example", CAPTURED, Map.of());
        seed.lead("ces", "jonas@weser.example", CAPTURED, Map.of());
        long hm = version("hm");
        long ces = version("ces");

        jdbc.update("UPDATE lead SET status = 'OPEN' WHERE id = ?", anna);
        assertThat(version("hm")).isGreaterThan(hm);
        assertThat(version("ces")).isEqualTo(ces);

        long hmAfter = version("hm");
        jdbc.update("UPDATE lead SET status = 'OPEN' WHERE status IS DISTINCT FROM 'OPEN' AND campaign_code = 'hm'");
        assertThat(version("hm")).as("a statement that changed no row").isEqualTo(hmAfter);
    }

    @Test
    void deletingAndTruncatingLeadsBumpTheirCampaigns() {
        seed.lead("hm", "anna@elbe.example", CAPTURED, Map.of());
        seed.lead("ces", "jonas@weser.example", CAPTURED, Map.of());
        long hm = version("hm");
        long ces = version("ces");

        jdbc.update("DELETE FROM lead WHERE campaign_code = 'ces'");
        assertThat(version("ces")).isGreaterThan(ces);
        assertThat(version("hm")).isEqualTo(hm);

        long ifa = version("ifa");
        jdbc.execute("TRUNCATE lead, lead_person, lead_scan RESTART IDENTITY");
        assertThat(version("hm")).isGreaterThan(hm);
        assertThat(version("ifa")).as("a rebuild of every lead: every campaign").isGreaterThan(ifa);
    }

    /**
     * On one connection, an update that changed nothing and then one that changed leads of two campaigns (the trigger
     * planned on its first call, for no rows, must still see the second call's): both campaigns get a new version,
     * and only the one with a change log has its leads listed (V20, V22).
     */
    @Test
    void anUpdateAfterOneThatChangedNothingOnTheSameConnectionIsNoted() {
        long anna = seed.lead("hm", "anna@elbe.example", CAPTURED, Map.of());
        long jonas = seed.lead("ces", "jonas@weser.example", CAPTURED, Map.of());
        jdbc.update("INSERT INTO lead_change_log (campaign_code, from_version) SELECT code, lead_version FROM campaign"
                + " WHERE code = 'hm'");
        long hm = version("hm");
        long ces = version("ces");

        new TransactionTemplate(transactions).executeWithoutResult(tx -> {
            jdbc.update("UPDATE lead SET status = 'OPEN' WHERE false");
            jdbc.update("UPDATE lead SET status = 'OVERDUE'");
        });

        assertThat(version("hm")).isGreaterThan(hm);
        assertThat(version("ces")).isGreaterThan(ces);
        assertThat(jdbc.queryForList("SELECT lead_id FROM lead_change WHERE version > ?", Long.class, hm))
                .containsExactly(anna)
                .doesNotContain(jonas);
    }

    private long version(String code) {
        return jdbc.queryForObject("SELECT lead_version FROM campaign WHERE code = ?", Long.class, code);
    }
}
