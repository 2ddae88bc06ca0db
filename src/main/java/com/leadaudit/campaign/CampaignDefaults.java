package com.leadaudit.campaign;

import com.leadaudit.followup.Sla;
import java.time.ZoneId;

/** Configuration defaults for campaigns without a register row or with blank cells (SPEC §3). */
public record CampaignDefaults(ZoneId timeZone, Sla sla, String country) {
}
