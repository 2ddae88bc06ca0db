package com.leadaudit.followup;

import java.math.BigDecimal;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.batch.infrastructure.item.ItemProcessor;

/** Applies the pure rules of SPEC §8 to one lead: the processor of the chunk step {@code decideStatuses}. */
public final class LeadDecisionProcessor implements ItemProcessor<LeadTiming, LeadDecision> {

    private final Map<String, BusinessCalendar> calendars = new ConcurrentHashMap<>();

    @Override
    public LeadDecision process(LeadTiming lead) {
        Sla sla = Sla.parse(lead.sla());
        BusinessCalendar calendar = calendars.computeIfAbsent(lead.holidays(), BusinessCalendar::parseHolidays);
        var deadline = Deadlines.deadline(lead.capturedAt(), lead.zone(), sla, calendar);
        Status status = StatusRules.decide(deadline, lead.firstTouch(), lead.asOf(), lead.zone());
        BigDecimal hours = lead.firstTouch() == null ? null
                : HoursToFirstTouch.of(lead.capturedAt(), lead.firstTouch()).orElse(null);
        return new LeadDecision(lead.leadId(), deadline, status, hours);
    }
}
