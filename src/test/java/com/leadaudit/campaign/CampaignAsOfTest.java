package com.leadaudit.campaign;

import static org.assertj.core.api.Assertions.assertThat;

import com.leadaudit.AuditTest;
import com.leadaudit.SeedRows;
import com.leadaudit.followup.AsOf;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * SPEC §8's as-of instant as CampaignRepository stores it: the end of the as-of day in each campaign's own zone, for
 * the campaigns in the night's input only, and set again without writing a row when it is already set (the two steps
 * that set it again run side by side: a written row would hold the other step until the first commits).
 */
@AuditTest
@DisplayName("SPEC §8 As-of per campaign (CampaignRepository)")
class CampaignAsOfTest {

    @Autowired
    CampaignRepository campaigns;

    @Autowired
    JdbcTemplate jdbc;

    @BeforeEach
    void campaignsInTwoZonesAndOneNoLongerInTheInput() {
        SeedRows seed = new SeedRows(jdbc);
        seed.campaign("hm", "Europe/Berlin", "2bd", "CALL;EMAIL", Instant.EPOCH);
        seed.campaign("ces", "America/Los_Angeles", "2bd", "CALL;EMAIL", Instant.EPOCH);
        seed.campaign("old", "Europe/Berlin", "2bd", "CALL;EMAIL", Instant.EPOCH);
        jdbc.update("UPDATE campaign SET in_input = (code <> 'old')");
    }

    @Test
    void theEndOfTheAsOfDayInEachCampaignsZoneForTheCampaignsOfTheInput() {
        campaigns.setAsOf(AsOf.ofDate(LocalDate.parse("2026-11-02")));

        assertThat(asOfs()).containsEntry("hm", "2026-11-02T22:59:59.999000Z")
                .containsEntry("ces", "2026-11-03T07:59:59.999000Z")
                .containsEntry("old", "1970-01-01T00:00:00.000000Z"); // not in the input: left as it was
    }

    @Test
    void theSameAsOfAgainWritesNoRowAndALaterOneWritesEach() {
        campaigns.setAsOf(AsOf.ofDate(LocalDate.parse("2026-11-02")));
        Map<String, Object> versions = rowVersions();

        campaigns.setAsOf(AsOf.ofDate(LocalDate.parse("2026-11-02")));
        assertThat(rowVersions()).as("no row rewritten, so none locked").isEqualTo(versions);

        campaigns.setAsOf(AsOf.ofDate(LocalDate.parse("2026-11-03")));
        assertThat(rowVersions().get("hm")).isNotEqualTo(versions.get("hm"));
        assertThat(rowVersions().get("ces")).isNotEqualTo(versions.get("ces"));
        assertThat(asOfs()).containsEntry("hm", "2026-11-03T22:59:59.999000Z");
    }

    private Map<String, Object> asOfs() {
        Map<String, Object> out = new TreeMap<>();
        jdbc.query("""
                SELECT code, to_char(as_of_instant AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"') FROM campaign""",
                rs -> {
                    out.put(rs.getString(1), rs.getString(2));
                });
        return out;
    }

    /** Each row's physical version: an UPDATE writes a new one even when it sets the same values. */
    private Map<String, Object> rowVersions() {
        Map<String, Object> out = new TreeMap<>();
        jdbc.query("SELECT code, ctid::text || '/' || xmin::text FROM campaign", rs -> {
            out.put(rs.getString(1), rs.getString(2));
        });
        return out;
    }
}
