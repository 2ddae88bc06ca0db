package com.leadaudit.sample;

import com.leadaudit.sample.SampleModel.CrmPerson;
import com.leadaudit.sample.SampleModel.Person;
import com.leadaudit.sample.SampleModel.Scan;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;

/** One campaign's planned content: its leads (with their scans and CRM record) and the rows that must be rejected. */
final class CampaignPlan {

    final String code;
    final String name;
    final ZoneId zone;
    final SampleSla sla;
    /** Phone region used to read scan phones (the campaign's country, SPEC §3). */
    final String phoneRegion;
    final List<LeadPlan> leads = new ArrayList<>();
    /** Rows meant to be rejected (no identity, bad scan time); they belong to no lead. */
    final List<Scan> rejectedRows = new ArrayList<>();

    CampaignPlan(String code, String name, ZoneId zone, String sla, Set<LocalDate> holidays, String phoneRegion) {
        this.code = code;
        this.name = name;
        this.zone = zone;
        this.sla = new SampleSla(zone, sla, holidays);
        this.phoneRegion = phoneRegion;
    }

    /** A lead as the generator intends it: who, which scans, which CRM record, and the tier that must find it. */
    static final class LeadPlan {
        final Person person;
        final List<Scan> scans = new ArrayList<>();
        CrmPerson crm;
        /** EMAIL, PHONE, NAME or null (not in CRM). Checked by {@link MatchGuard}. */
        String intendedTier;
        boolean planted;

        LeadPlan(Person person) {
            this.person = person;
        }
    }

    LeadPlan lead(Person p) {
        LeadPlan l = new LeadPlan(p);
        leads.add(l);
        return l;
    }

    /** All rows of one file, in scan-time order as lead apps export them (rejected rows sit where they were scanned). */
    List<Scan> rowsOf(String file) {
        List<Scan> rows = new ArrayList<>();
        for (LeadPlan l : leads) {
            for (Scan s : l.scans) {
                if (s.file.equals(file)) {
                    rows.add(s);
                }
            }
        }
        for (Scan s : rejectedRows) {
            if (s.file.equals(file)) {
                rows.add(s);
            }
        }
        rows.sort(Comparator.comparing((Scan s) -> s.at));  // List.sort is stable: ties keep insertion order
        return rows;
    }
}
