package com.leadaudit.campaign;

import com.leadaudit.followup.Sla;
import com.leadaudit.followup.AsOf;
import com.leadaudit.followup.BusinessCalendar;
import com.leadaudit.followup.Channel;
import java.sql.Date;
import java.sql.Timestamp;
import java.time.ZoneId;
import java.util.List;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/** Owner of table campaign: the campaigns of the current input, upserted every run, older ones kept for trends. */
@Repository
public class CampaignRepository {

    private final JdbcTemplate jdbc;

    public CampaignRepository(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    public void replaceCurrent(List<CampaignRegister.Entry> entries) {
        jdbc.update("UPDATE campaign SET in_input = FALSE");
        for (CampaignRegister.Entry e : entries) {
            Campaign c = e.campaign();
            jdbc.update("""
                    INSERT INTO campaign (code, name, start_date, end_date, time_zone, sla, country, qualifying_types,
                                          holidays, registered, in_input, warnings, cost, cost_currency)
                    VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, TRUE, ?, ?, ?)
                    ON CONFLICT (code) DO UPDATE SET name = excluded.name, start_date = excluded.start_date,
                        end_date = excluded.end_date, time_zone = excluded.time_zone, sla = excluded.sla,
                        country = excluded.country, qualifying_types = excluded.qualifying_types,
                        holidays = excluded.holidays, registered = excluded.registered, in_input = TRUE,
                        warnings = excluded.warnings, cost = excluded.cost, cost_currency = excluded.cost_currency""",
                    ps -> {
                        ps.setString(1, c.code());
                        ps.setString(2, c.name());
                        ps.setDate(3, c.startDate() == null ? null : Date.valueOf(c.startDate()));
                        ps.setDate(4, c.endDate() == null ? null : Date.valueOf(c.endDate()));
                        ps.setString(5, c.zone().getId());
                        ps.setString(6, c.sla().toString());
                        ps.setString(7, c.country());
                        ps.setString(8, c.qualifying().stream().map(Channel::name).sorted().collect(Collectors.joining(";")));
                        ps.setString(9, c.holidays().stream().map(Object::toString).sorted().collect(Collectors.joining(";")));
                        ps.setBoolean(10, c.registered());
                        ps.setArray(11, ps.getConnection().createArrayOf("text", e.warnings().toArray()));
                        ps.setBigDecimal(12, e.cost() == null ? null : e.cost().amount());
                        ps.setString(13, e.cost() == null ? null : e.cost().currency());
                    });
        }
    }

    /**
     * Campaigns without register dates take them from their scans (SPEC §3): the local dates of the first and last
     * capture. Runs after the leads are built.
     */
    public void fillDatesFromScans() {
        jdbc.update("""
                UPDATE campaign c SET start_date = COALESCE(c.start_date, d.first_day),
                                      end_date = COALESCE(c.end_date, d.last_day)
                FROM (SELECT l.campaign_code, min((l.captured_at AT TIME ZONE c2.time_zone)::date) AS first_day,
                             max((l.captured_at AT TIME ZONE c2.time_zone)::date) AS last_day
                      FROM lead l JOIN campaign c2 ON c2.code = l.campaign_code
                      WHERE NOT l.capture_estimated
                        AND c2.in_input AND (c2.start_date IS NULL OR c2.end_date IS NULL)
                      GROUP BY l.campaign_code) d
                WHERE c.code = d.campaign_code AND c.in_input AND (c.start_date IS NULL OR c.end_date IS NULL)""");
    }

    /** The campaigns not yet purged whose register end date is more than {@code days} days ago, by code. */
    public List<String> endedBefore(int days) {
        return jdbc.queryForList("""
                SELECT code FROM campaign
                WHERE purged_at IS NULL AND end_date IS NOT NULL AND end_date < current_date - ?
                ORDER BY code""", String.class, days);
    }

    public void markPurged(String code) {
        jdbc.update("UPDATE campaign SET purged_at = now() WHERE code = ?", code);
    }

    /**
     * Fixes the as-of instant of every campaign in this night's input: the end of the as-of day in the campaign's own
     * time zone (SPEC §8), which the outcomes, the touch search and the status rules read from the table. Set by the
     * campaigns step, and again by the two steps that read it first, which run side by side: for them it is already
     * set, so they update no row and lock none (a campaign row updated by one would hold the other until the first
     * commits). They set it for a restart of this night after a night of another as-of ran in between, which leaves
     * the campaigns step done; then the rows are updated in code order, so the second waits for the first and never
     * the reverse as well.
     */
    public void setAsOf(AsOf asOf) {
        List<Object[]> updates = jdbc.query("SELECT code, time_zone FROM campaign WHERE in_input ORDER BY code",
                (rs, i) -> {
                    Timestamp instant = Timestamp.from(asOf.instantIn(ZoneId.of(rs.getString(2))));
                    return new Object[] {instant, rs.getString(1), instant};
                });
        jdbc.batchUpdate("UPDATE campaign SET as_of_instant = ? WHERE code = ? AND as_of_instant IS DISTINCT FROM ?",
                updates);
    }

    /**
     * The campaigns of this run as the campaigns step stored them. Campaigns whose personal data was purged are left
     * out, so their files are not imported again while they stay in the input folder.
     */
    public List<Campaign> currentUnpurged() {
        return jdbc.query("""
                SELECT code, name, start_date, end_date, time_zone, sla, country, qualifying_types, holidays, registered
                FROM campaign WHERE in_input AND purged_at IS NULL ORDER BY code""", (rs, i) -> new Campaign(
                rs.getString("code"), rs.getString("name"),
                rs.getDate("start_date") == null ? null : rs.getDate("start_date").toLocalDate(),
                rs.getDate("end_date") == null ? null : rs.getDate("end_date").toLocalDate(),
                java.time.ZoneId.of(rs.getString("time_zone")), Sla.parse(rs.getString("sla")), rs.getString("country"),
                Channel.parseQualifying(rs.getString("qualifying_types")),
                BusinessCalendar.parseHolidays(rs.getString("holidays")).holidays(), rs.getBoolean("registered")));
    }
}
