package com.leadaudit.run;

import com.leadaudit.campaign.CampaignDefaults;
import com.leadaudit.followup.Sla;
import com.leadaudit.io.DateOrder;
import java.time.DateTimeException;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/**
 * The leadaudit.* settings (SPEC §3, §4, §11), validated once at start so a typo is a configuration error
 * (exit 2) with a sentence, not a failure deep inside the job.
 */
@Component
public class AuditSettings implements com.leadaudit.report.RunSettings {

    private final CampaignDefaults campaignDefaults;
    private final ZoneId crmZone;
    private final String crmCountry;
    private final DateOrder slashDateOrder;
    private final int purgeAfterDays;
    private final int outcomeWindowDays;

    public AuditSettings(Environment env) {
        ZoneId defaultZone = zone(env, "leadaudit.default.time-zone", "UTC");
        Sla sla;
        String slaText = env.getProperty("leadaudit.default.sla", "2bd");
        try {
            sla = Sla.parse(slaText);
        } catch (IllegalArgumentException e) {
            throw new UsageException("leadaudit.default.sla '" + slaText + "' is not like 48h or 2bd");
        }
        String country = env.getProperty("leadaudit.default.country", "US").toUpperCase(Locale.ROOT);
        this.campaignDefaults = new CampaignDefaults(defaultZone, sla, country);
        this.crmZone = zone(env, "leadaudit.crm.time-zone", "UTC");
        this.crmCountry = env.getProperty("leadaudit.crm.country", "US").toUpperCase(Locale.ROOT);
        String order = env.getProperty("leadaudit.date-order", "month-first").toLowerCase(Locale.ROOT);
        this.slashDateOrder = switch (order) {
            case "month-first", "mdy", "us" -> DateOrder.MONTH_FIRST;
            case "day-first", "dmy", "eu" -> DateOrder.DAY_FIRST;
            default -> throw new UsageException("leadaudit.date-order must be month-first or day-first, not '" + order + "'");
        };
        String purge = env.getProperty("leadaudit.purge.after-days", "365");
        try {
            this.purgeAfterDays = Integer.parseInt(purge);
        } catch (NumberFormatException e) {
            throw new UsageException("leadaudit.purge.after-days must be a number of days, not '" + purge + "'");
        }
        String window = env.getProperty("leadaudit.outcome.window-days", "180");
        try {
            this.outcomeWindowDays = Integer.parseInt(window.strip());
        } catch (NumberFormatException e) {
            throw new UsageException("leadaudit.outcome.window-days must be a number of days, not '" + window + "'");
        }
    }

    /** SPEC §14: an opportunity counts as a lead's outcome when created within this many days of the capture. */
    public int outcomeWindowDays() {
        return outcomeWindowDays;
    }

    private static ZoneId zone(Environment env, String key, String fallback) {
        String value = env.getProperty(key, fallback);
        try {
            return ZoneId.of(value);
        } catch (DateTimeException e) {
            throw new UsageException(key + " '" + value + "' is not a time zone (use a name like Europe/Berlin or UTC)");
        }
    }

    public CampaignDefaults campaignDefaults() {
        return campaignDefaults;
    }

    public ZoneId crmZone() {
        return crmZone;
    }

    public String crmCountry() {
        return crmCountry;
    }

    public DateOrder slashDateOrder() {
        return slashDateOrder;
    }

    public int purgeAfterDays() {
        return purgeAfterDays;
    }

    /** What the Run sheet lists as "settings used". */
    @Override
    public Map<String, String> describe() {
        Map<String, String> m = new LinkedHashMap<>();
        m.put("leadaudit.default.time-zone", campaignDefaults.timeZone().getId());
        m.put("leadaudit.default.sla", campaignDefaults.sla().toString());
        m.put("leadaudit.default.country", campaignDefaults.country());
        m.put("leadaudit.crm.time-zone", crmZone.getId());
        m.put("leadaudit.crm.country", crmCountry);
        m.put("leadaudit.date-order", slashDateOrder == DateOrder.MONTH_FIRST ? "month-first" : "day-first");
        m.put("leadaudit.outcome.window-days", Integer.toString(outcomeWindowDays));
        return m;
    }
}
