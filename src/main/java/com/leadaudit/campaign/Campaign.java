package com.leadaudit.campaign;

import com.leadaudit.followup.Sla;
import com.leadaudit.followup.BusinessCalendar;
import com.leadaudit.followup.Channel;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Set;

/** One trade show as audited (SPEC §2, §3). {@code registered} is false for a folder without a register row. */
public record Campaign(String code, String name, LocalDate startDate, LocalDate endDate, ZoneId zone, Sla sla,
                       String country, Set<Channel> qualifying, Set<LocalDate> holidays, boolean registered) {

    public BusinessCalendar calendar() {
        return new BusinessCalendar(holidays);
    }
}
