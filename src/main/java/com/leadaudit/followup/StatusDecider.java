package com.leadaudit.followup;

import com.leadaudit.followup.Sla;
import java.math.BigDecimal;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/** Applies the pure rules of SPEC §8 to one lead; the chunk step's processor. */
public final class StatusDecider {

    private final Map<String, BusinessCalendar> calendars = new ConcurrentHashMap<>();

    public LeadDecision decide(LeadTiming lead) {
        Sla sla = Sla.parse(lead.sla());
        BusinessCalendar calendar = calendars.computeIfAbsent(lead.holidays(), BusinessCalendar::parseHolidays);
        var deadline = Deadlines.deadline(lead.capturedAt(), lead.zone(), sla, calendar);
        Status status = StatusRules.decide(deadline, lead.firstTouch(), lead.asOf(), lead.zone());
        BigDecimal hours = lead.firstTouch() == null ? null
                : HoursToFirstTouch.of(lead.capturedAt(), lead.firstTouch()).orElse(null);
        return new LeadDecision(lead.leadId(), deadline, status, hours);
    }
}
