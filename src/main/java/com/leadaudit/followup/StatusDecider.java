package com.leadaudit.followup;

import com.leadaudit.campaign.Sla;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;

/** Applies the pure rules of SPEC §8 to one lead; the chunk step's processor. */
public final class StatusDecider {

    private final Map<String, BusinessCalendar> calendars = new ConcurrentHashMap<>();

    public LeadDecision decide(LeadTiming lead) {
        Sla sla = Sla.parse(lead.sla());
        BusinessCalendar calendar = calendars.computeIfAbsent(lead.holidays(), StatusDecider::calendar);
        var deadline = Deadlines.deadline(lead.capturedAt(), lead.zone(), sla, calendar);
        Status status = StatusRules.decide(deadline, lead.firstTouch(), lead.asOf(), lead.zone());
        BigDecimal hours = lead.firstTouch() == null ? null
                : HoursToFirstTouch.of(lead.capturedAt(), lead.firstTouch()).orElse(null);
        return new LeadDecision(lead.leadId(), deadline, status, hours);
    }

    private static BusinessCalendar calendar(String holidays) {
        Set<LocalDate> days = Arrays.stream(holidays.split(";"))
                .map(String::strip).filter(s -> !s.isEmpty()).map(LocalDate::parse).collect(Collectors.toSet());
        return new BusinessCalendar(days);
    }
}
