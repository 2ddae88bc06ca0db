package com.leadaudit.sample;

import com.leadaudit.sample.CampaignPlan.LeadPlan;
import com.leadaudit.sample.PeoplePool.Region;
import com.leadaudit.sample.SampleModel.Activity;
import com.leadaudit.sample.SampleModel.Crm;
import com.leadaudit.sample.SampleModel.CrmPerson;
import com.leadaudit.sample.SampleModel.Kind;
import com.leadaudit.sample.SampleModel.Person;
import com.leadaudit.sample.SampleModel.Scan;
import com.leadaudit.sample.SampleModel.User;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Random;

/**
 * The ordinary leads around the planted ones: random but seeded people, scans, CRM records and follow-up.
 * Each filler is given an intended outcome (on time, late, none) and its first touch is placed at least 40
 * minutes away from the capture, the deadline and the as-of, so no filler sits on an edge that could flip with
 * a rounding choice. Noise that must never count (list emails, inbound email, open tasks, cancelled meetings,
 * emails before the scan, meetings after the as-of) is sprinkled over them as in a real CRM.
 */
final class FillerPlanner {

    private enum Outcome { ON_TIME, LATE, NONE }

    private final CrmBook crm;
    private final PeoplePool pool;

    FillerPlanner(CrmBook crm, PeoplePool pool) {
        this.crm = crm;
        this.pool = pool;
    }

    // --- per campaign ------------------------------------------------------------------------------------

    void hannover(CampaignPlan c, Random r, int people) {
        LocalDate[] days = days("2026-04-27", 4);
        List<User> staff1 = List.of(crm.annaKeller, crm.jonasRichter, crm.felixBraun);
        List<User> staff2 = List.of(crm.miriamHahn, crm.felixBraun);
        while (c.leads.size() < people) {
            Person p = pool.draw(r, Region.DE);
            LeadPlan l = c.lead(p);
            boolean partnerOnly = r.nextInt(100) < 16;
            LocalDateTime at = scanTime(r, days, 9, 18, !partnerOnly);
            User first = pick(r, partnerOnly ? staff2 : staff1);
            Scan s = new Scan(p, at, first.name(), partnerOnly ? PlantedScenarios.PARTNER : PlantedScenarios.CVENT);
            decorateHannover(r, s);
            l.scans.add(s);
            int dup = r.nextInt(100);
            if (!partnerOnly && dup < 8) {  // re-scanned by the partner counter later (the second file)
                // the partner file shows minutes only, so its scans carry no seconds
                Scan d = new Scan(p, later(r, at, days).withSecond(0), pick(r, staff2).name(), PlantedScenarios.PARTNER);
                decorateHannover(r, d);
                l.scans.add(d);
            } else if (!partnerOnly && dup < 12) {  // re-scanned at the same booth by a colleague
                Scan d = new Scan(p, later(r, at, days), pick(r, staff1).name(), PlantedScenarios.CVENT);
                decorateHannover(r, d);
                l.scans.add(d);
            }
            if (c.leads.size() % 37 == 5) {  // stray spaces, as typed on a tablet
                s.firstText = "  " + p.first() + " ";
                s.lastText = p.last() + "  ";
            }
            plan(c, r, l, 80, new int[] {42, 30}, Crm.SF_CONTACT, List.of(crm.annaKeller, crm.jonasRichter,
                    crm.miriamHahn, crm.felixBraun), "Hannover Messe");
        }
        // A row whose scan time cannot be a time (31 February, 25:99): rejected as "bad scan time".
        Person bad = pool.draw(r, Region.DE);
        Scan b = new Scan(bad, LocalDateTime.parse("2026-04-29T12:00"), crm.miriamHahn.name(), PlantedScenarios.PARTNER);
        b.timeText = "31.02.2026 25:99";
        b.badgeId = "HM26-0499-1020";
        b.rating = "Warm";
        b.notes = "Uhrzeit manuell nachgetragen";
        c.rejectedRows.add(b);
    }

    void dreamforce(CampaignPlan c, Random r, int people) {
        LocalDate[] days = days("2026-10-13", 3);
        List<User> staff = List.of(crm.danaWhitfield, crm.marcusLee, crm.priyaNatarajan, crm.kevinOBrien);
        // An invalid address ("john.doe@") counts as no email: this lead is keyed by name + company.
        Person john = new Person("John", "Doe", "Acme Freight", "Fleet Manager", "", "", "", "United States", "");
        pool.register(john, "US");
        LeadPlan jl = c.lead(john);
        Scan js = new Scan(john, LocalDateTime.parse("2026-10-14T11:20"), crm.kevinOBrien.name(),
                PlantedScenarios.SWAPCARD);
        js.emailText = "john.doe@";
        js.rating = "2";
        js.notes = "Email typed by hand, incomplete";
        jl.scans.add(js);
        while (c.leads.size() < people) {
            Person p = pool.draw(r, Region.US);
            LeadPlan l = c.lead(p);
            LocalDateTime at = scanTime(r, days, 8, 17, false);
            Scan s = new Scan(p, at, pick(r, staff).name(), PlantedScenarios.SWAPCARD);
            s.rating = Integer.toString(weighted(r, new int[] {6, 8, 18, 26, 24, 18}));
            s.notes = r.nextInt(100) < 35 ? PeoplePool.pick(r, US_NOTES) : "";
            l.scans.add(s);
            if (r.nextInt(100) < 7) {
                Scan d = new Scan(p, later(r, at, days).withSecond(0), pick(r, staff).name(), PlantedScenarios.SWAPCARD);
                d.rating = Integer.toString(r.nextInt(6));
                l.scans.add(d);
            }
            if (c.leads.size() == 61) {  // formula injection attempt in a free-text field: must stay text
                s.notes = "=HYPERLINK(\"http://evil\",\"x\")";
            }
            if (c.leads.size() == 88) {
                s.firstText = " " + p.first() + "  ";
            }
            plan(c, r, l, 82, new int[] {45, 25}, Crm.HUBSPOT, staff, "Dreamforce");
        }
        // No email, no name, no badge id: rejected as "no identity".
        Person nobody = new Person("", "", "", "", "", "", "", "", "");
        Scan n = new Scan(nobody, LocalDateTime.parse("2026-10-14T15:47"), crm.marcusLee.name(),
                PlantedScenarios.SWAPCARD);
        n.rating = "1";
        n.notes = "Badge would not scan - visitor left";
        c.rejectedRows.add(n);
    }

    void webSummit(CampaignPlan c, Random r, int people) {
        LocalDate[] days = days("2026-10-26", 4);
        String[] devices = {"Booth B4-12 iPhone 1", "Booth B4-12 iPhone 2", "Booth B4-12 iPad"};
        while (c.leads.size() < people) {
            Person p = pool.draw(r, Region.EU);
            LeadPlan l = c.lead(p);
            LocalDateTime at = scanTime(r, days, 10, 19, true);
            Scan s = new Scan(p, at, PeoplePool.pick(r, devices), PlantedScenarios.PRETIX);
            s.rating = new String[] {"Hot", "Warm", "Cold", "Unscored"}[weighted(r, new int[] {20, 35, 25, 20})];
            s.badgeId = "WS26-" + code(r);
            s.notes = r.nextInt(100) < 30 ? PeoplePool.pick(r, EU_NOTES) : "";
            l.scans.add(s);
            if (r.nextInt(100) < 7) {  // pretix: the same code submitted again after adding a note
                Scan d = new Scan(p, later(r, at, days), s.staff, PlantedScenarios.PRETIX);
                d.badgeId = s.badgeId;
                d.rating = "Hot";
                d.notes = "Follow-up: send deck";
                l.scans.add(d);
            }
            if (c.leads.size() == 17 || c.leads.size() == 73) {
                s.firstText = p.first() + "   ";
                s.lastText = "  " + p.last();
            }
            plan(c, r, l, 75, new int[] {45, 0}, Crm.SF_LEAD, List.of(crm.sofiaAlmeida, crm.tiagoCosta), "Web Summit");
        }
        // An empty "Scanned" cell: rejected as "bad scan time".
        Person blank = pool.draw(r, Region.EU);
        Scan b = new Scan(blank, LocalDateTime.parse("2026-10-27T13:00"), devices[2], PlantedScenarios.PRETIX);
        b.blankTime = true;
        b.badgeId = "WS26-" + code(r);
        b.rating = "Unscored";
        c.rejectedRows.add(b);
    }

    void gitex(CampaignPlan c, Random r, int people) {
        LocalDate[] days = days("2026-10-26", 4);
        List<User> staff = List.of(crm.karimNasser, crm.karimNasser, crm.tiagoCosta);
        while (c.leads.size() < people) {
            Person p = pool.draw(r, Region.GULF);
            LeadPlan l = c.lead(p);
            LocalDateTime at = scanTime(r, days, 10, 18, true);
            Scan s = new Scan(p, at, pick(r, staff).name(), PlantedScenarios.GITEX);
            s.rating = new String[] {"hot", "warm", "cold"}[weighted(r, new int[] {25, 45, 30})];
            l.scans.add(s);
            if (r.nextInt(100) < 5) {
                Scan d = new Scan(p, later(r, at, days), pick(r, staff).name(), PlantedScenarios.GITEX);
                d.rating = "warm";
                l.scans.add(d);
            }
            // Captured on Wednesday 28 Oct: due end of Friday 30 Oct (UTC) = the as-of itself. Untouched, such a
            // lead would sit exactly on the OPEN/OVERDUE edge, so those leads are always followed up in time.
            boolean onEdgeDay = at.toLocalDate().equals(LocalDate.of(2026, 10, 28));
            plan(c, r, l, onEdgeDay ? 100 : 75, onEdgeDay ? new int[] {100, 0} : new int[] {40, 25}, Crm.SF_CONTACT,
                    List.of(crm.karimNasser), "GITEX");
        }
    }

    /** Unrelated CRM records (customers, old prospects) so that the exports are not only show leads. */
    void background(Random r) {
        for (int i = 0; i < 34; i++) {
            Person p = pool.draw(r, i % 3 == 0 ? Region.EU : Region.DE);
            Instant created = Instant.parse("2023-03-01T09:00:00Z").plus(r.nextInt(900), ChronoUnit.DAYS)
                    .plusSeconds(r.nextInt(30_000));
            User owner = pick(r, List.of(crm.annaKeller, crm.jonasRichter, crm.miriamHahn, crm.sofiaAlmeida));
            CrmPerson cp = i % 4 == 3 ? crm.sfLead(sfPhones(p, i % 3 == 0 ? "PT" : "DE"), owner, created)
                    : crm.sfContact(sfPhones(p, i % 3 == 0 ? "PT" : "DE"), owner, created, p.city());
            if (cp.kind == Crm.SF_LEAD) {
                cp.leadStatus = pick(r, List.of("Nurturing", "Working", "New"));
                cp.leadSource = pick(r, List.of("Web", "Partner Referral", "Webinar"));
            }
            for (int k = r.nextInt(3); k > 0; k--) {
                Instant t = Instant.parse("2025-06-01T08:00:00Z").plus(r.nextInt(480), ChronoUnit.DAYS)
                        .plusSeconds(r.nextInt(36_000));
                boolean email = r.nextBoolean();
                Activity a = Activity.sfTask(email ? "Email" : "Call", email ? "Email: Renewal 2026" : "Call", t, owner);
                a.activityDate = t.atZone(java.time.ZoneId.of("Europe/Berlin")).toLocalDate();
                cp.add(a);
            }
        }
        for (int i = 0; i < 24; i++) {
            Person p = pool.draw(r, Region.US);
            Instant created = Instant.parse("2024-01-15T17:00:00Z").plus(r.nextInt(600), ChronoUnit.DAYS)
                    .plusSeconds(r.nextInt(30_000));
            User owner = pick(r, List.of(crm.danaWhitfield, crm.marcusLee, crm.priyaNatarajan, crm.kevinOBrien));
            CrmPerson cp = crm.hubSpotContact(hsPhones(p), owner, created,
                    pick(r, List.of("Customer", "Subscriber", "Opportunity", "Lead")));
            if (r.nextBoolean()) {
                Activity a = Activity.hubSpot(Kind.HS_EMAIL, "EMAIL", "Quarterly check-in",
                        Instant.parse("2026-09-01T15:00:00Z").plus(r.nextInt(50), ChronoUnit.DAYS).plusSeconds(60L * r.nextInt(400)), owner);
                a.outcome = "SENT";
                cp.add(a);
            }
        }
    }

    /** Mass mail the marketing team sent through Salesforce: never a touch, but present on many records. */
    void listEmails(List<CampaignPlan> campaigns, Random r) {
        for (CrmPerson p : crm.salesforce) {
            boolean planted = false;
            for (CampaignPlan c : campaigns) {
                for (LeadPlan l : c.leads) {
                    planted |= l.planted && l.crm == p;
                }
            }
            if (planted || p.created.isAfter(Instant.parse("2026-10-06T07:00:00Z")) || r.nextInt(100) >= 55) {
                continue;
            }
            p.add(Activity.sfTask("ListEmail", "List Email: October newsletter", Instant.parse("2026-10-06T07:00:00Z"),
                    crm.marketing));
        }
        for (LeadPlan l : campaigns.get(0).leads) {  // Hannover: the "thank you for visiting" mailing
            if (!l.planted && l.crm != null && r.nextInt(100) < 70) {
                l.crm.add(Activity.sfTask("ListEmail", "List Email: Thank you for visiting us at Hannover Messe",
                        Instant.parse("2026-05-04T06:00:00Z"), crm.marketing));
            }
        }
    }

    // --- the follow-up of one filler -----------------------------------------------------------------------

    private void plan(CampaignPlan c, Random r, LeadPlan l, int inCrmPercent, int[] onTimeLatePercent, Crm kindHint,
                      List<User> owners, String show) {
        Instant capture = l.scans.get(0).at.atZone(c.zone).toInstant();
        for (Scan s : l.scans) {
            Instant t = s.at.atZone(c.zone).toInstant();
            capture = t.isBefore(capture) ? t : capture;
        }
        if (r.nextInt(100) >= inCrmPercent) {
            return;  // never reached the CRM: "Not in CRM"
        }
        User owner = pick(r, owners);
        l.intendedTier = "EMAIL";
        l.crm = crmRecord(c, r, l.person, kindHint, owner, capture);
        Instant deadline = c.sla.deadline(capture);
        Instant asOf = c.sla.asOf();
        boolean canBeLate = deadline.plus(Duration.ofHours(8)).isBefore(asOf);
        int roll = r.nextInt(100);
        Outcome outcome = roll < onTimeLatePercent[0] ? Outcome.ON_TIME
                : roll < onTimeLatePercent[0] + onTimeLatePercent[1] && canBeLate ? Outcome.LATE : Outcome.NONE;
        Instant safeEnd = asOf.minus(Duration.ofHours(6));
        Instant firstTouch = null;
        if (outcome == Outcome.ON_TIME) {
            Instant hi = deadline.isBefore(safeEnd) ? deadline.minus(Duration.ofMinutes(40)) : safeEnd;
            firstTouch = working(r, c, capture.plus(Duration.ofMinutes(40)), hi);
        } else if (outcome == Outcome.LATE) {
            Instant hi = deadline.plus(Duration.ofDays(show.equals("Hannover Messe") ? 30 : 6));
            firstTouch = working(r, c, deadline.plus(Duration.ofHours(2)), hi.isBefore(safeEnd) ? hi : safeEnd);
        }
        if (firstTouch != null) {
            l.crm.add(bookedAfter(capture, touch(c, r, l.crm, firstTouch, owner, show, deadline)));
            if (r.nextInt(100) < 35) {
                Instant next = firstTouch.plus(Duration.ofHours(20 + r.nextInt(200)));
                if (next.isBefore(safeEnd)) {
                    l.crm.add(bookedAfter(capture, touch(c, r, l.crm, working(r, c, next,
                            next.plus(Duration.ofDays(3)).isBefore(safeEnd) ? next.plus(Duration.ofDays(3)) : safeEnd),
                            owner, show, null)));
                }
            }
        }
        noise(c, r, l.crm, capture, firstTouch, owner, show, safeEnd);
    }

    /** A meeting that follows up a scan was booked after the scan, not days before it. */
    private static Activity bookedAfter(Instant capture, Activity a) {
        if (a.kind == Kind.SF_EVENT && a.created.isBefore(capture)) {
            Instant start = a.allDay ? a.activityDate.atStartOfDay(java.time.ZoneOffset.UTC).toInstant() : a.at;
            Instant booked = capture.plus(Duration.between(capture, start).dividedBy(3));
            a.created = booked.isBefore(capture) ? capture.plusSeconds(600) : booked;
        }
        return a;
    }

    private CrmPerson crmRecord(CampaignPlan c, Random r, Person p, Crm hint, User owner, Instant capture) {
        Instant synced = capture.plusSeconds(300 + r.nextInt(1500));  // the lead app pushes new scans within minutes
        if (hint == Crm.HUBSPOT) {
            boolean existing = r.nextInt(100) < 30;
            Instant created = existing ? Instant.parse("2024-03-01T16:00:00Z").plus(r.nextInt(560), ChronoUnit.DAYS)
                    .plusSeconds(r.nextInt(20_000)) : synced;
            return crm.hubSpotContact(hsPhones(p), owner, created, existing
                    ? pick(r, List.of("Customer", "Opportunity", "Subscriber"))
                    : pick(r, List.of("Lead", "Lead", "Marketing Qualified Lead", "Sales Qualified Lead")));
        }
        String region = c.phoneRegion;
        int roll = r.nextInt(100);
        if (roll < (hint == Crm.SF_CONTACT ? 45 : 25)) {
            Instant created = Instant.parse("2023-05-01T08:00:00Z").plus(r.nextInt(700), ChronoUnit.DAYS)
                    .plusSeconds(r.nextInt(30_000));
            return crm.sfContact(sfPhones(p, region), owner, created, p.city());
        }
        if (roll < 85) {
            CrmPerson lead = crm.sfLead(sfPhones(p, region), owner, synced);
            lead.leadStatus = pick(r, List.of("New", "Working", "Working", "Nurturing"));
            return lead;
        }
        Person sf = sfPhones(p, region);
        LocalDate converted = capture.atZone(c.zone).toLocalDate().plusDays(3 + r.nextInt(18));
        if (converted.isAfter(SampleSla.AS_OF_DATE)) {
            CrmPerson lead = crm.sfLead(sf, owner, synced);
            lead.leadStatus = "Working";
            return lead;
        }
        return crm.sfConverted(sf, sf, owner, synced, converted);
    }

    /** One qualifying follow-up at {@code at}, in the shape the campaign's CRM records it. */
    private Activity touch(CampaignPlan c, Random r, CrmPerson p, Instant at, User owner, String show,
                           Instant deadline) {
        int roll = r.nextInt(100);
        if (p.kind == Crm.HUBSPOT) {
            if (roll < 50) {
                Activity a = Activity.hubSpot(Kind.HS_EMAIL, "EMAIL", pick(r, List.of("Great meeting you at " + show,
                        "Following up from " + show, "Your demo request", "Recording + next steps")), at, owner);
                a.outcome = "SENT";
                return a;
            }
            if (roll < 85) {
                Activity a = Activity.hubSpot(Kind.HS_CALL, "OUTBOUND", "Call with " + p.person.first(), at, owner);
                a.outcome = pick(r, List.of("Connected", "Connected", "No answer", "Left voicemail", "Busy"));
                a.durationMinutes = a.outcome.equals("Connected") ? 4 + r.nextInt(25) : 0;
                return a;
            }
            return Activity.hubSpot(Kind.HS_MEETING, "COMPLETED", "Discovery call – " + p.person.company(), at, owner);
        }
        if (roll < 50) {
            Activity a = Activity.sfTask("Email", pick(r, List.of("Email: Great to meet you at " + show,
                    "Email: Follow-up from " + show, "Email: Unterlagen zu unserem Gespräch",
                    "Email: Your " + show + " conversation with Northwind")), at, owner);
            a.activityDate = at.atZone(c.zone).toLocalDate();
            if (show.equals("Hannover Messe") && r.nextInt(100) < 15) {
                a.completed = null;  // logged by an email add-in that leaves CompletedDateTime empty: CreatedDate counts
            }
            return a;
        }
        if (roll < 80) {
            Activity a = Activity.sfTask("Call", pick(r, List.of("Call", "Call: follow-up " + show, "Call")), at, owner);
            a.activityDate = at.atZone(c.zone).toLocalDate();
            a.durationMinutes = 2 + r.nextInt(20);
            a.outcome = pick(r, List.of("Reached", "Left voicemail", "No answer", "Reached - send quote"));
            return a;
        }
        if (roll < 86 || deadline == null) {
            return Activity.sfEvent(pick(r, List.of("Demo: Northwind Analytics platform", "Meeting: Follow-up from " + show,
                    "Online demo")), at, 30 + 15 * r.nextInt(4), owner);
        }
        if (roll < 92) {  // an all-day on-site visit: only its date counts (SPEC §7)
            Activity visit = Activity.sfEvent("On-site visit – " + p.person.company(), at, 1440, owner);
            visit.allDay = true;
            visit.activityDate = at.atZone(c.zone).toLocalDate();
            visit.notes = p.person.city() == null || p.person.city().isEmpty() ? "On site" : p.person.city();
            return visit;
        }
        // A call the inside-sales team logged in their own extract, which has dates only (no times).
        LocalDate day = at.atZone(c.zone).toLocalDate();
        Activity a = Activity.sfTask("Call", "Call: follow-up " + show, null, crm.nilsPetersen);
        a.created = null;
        a.activityDate = day;
        a.minimalExtract = true;
        return a;
    }

    private void noise(CampaignPlan c, Random r, CrmPerson p, Instant capture, Instant firstTouch, User owner,
                       String show, Instant safeEnd) {
        int roll = r.nextInt(100);
        if (p.kind == Crm.HUBSPOT) {
            if (roll < 22) {  // the lead writes back: inbound, not a follow-up
                Instant base = firstTouch != null ? firstTouch : capture;
                Instant t = base.plus(Duration.ofMinutes(90 + r.nextInt(3000)));
                if (t.isBefore(safeEnd)) {
                    p.add(Activity.hubSpot(Kind.HS_EMAIL, "INCOMING_EMAIL", "Re: " + show, t, owner));
                }
            } else if (roll < 27) {
                p.add(Activity.hubSpot(Kind.HS_MEETING, "CANCELED", "Intro call – " + p.person.company(),
                        capture.plus(Duration.ofHours(20 + r.nextInt(30))), owner));
            } else if (roll < 34) {  // the lead calls in: inbound, not a follow-up
                Activity in = Activity.hubSpot(Kind.HS_CALL, "INBOUND", "Inbound call – " + p.person.first(),
                        capture.plus(Duration.ofHours(3 + r.nextInt(40))), owner);
                in.outcome = "Connected";
                in.durationMinutes = 3 + r.nextInt(10);
                p.add(in);
            } else if (roll < 38) {
                p.add(Activity.hubSpot(Kind.HS_MEETING, "SCHEDULED", "Quarterly planning – " + p.person.company(),
                        Instant.parse("2026-11-04T17:00:00Z").plus(Duration.ofHours(24L * r.nextInt(8))), owner));
            }
            return;
        }
        if (roll < 12) {  // a follow-up task that nobody has done yet
            Activity a = Activity.sfTask("Call", "Call: " + show + " follow-up", null, owner);
            a.status = "Not Started";
            a.created = capture.plus(Duration.ofMinutes(50 + r.nextInt(600)));
            a.activityDate = capture.atZone(c.zone).toLocalDate().plusDays(2 + r.nextInt(5));
            p.add(a);
        } else if (roll < 20 && p.created.isBefore(capture.minus(Duration.ofDays(10)))) {
            // the booth invitation mailed before the show: before the capture, so never a touch
            Instant t = capture.minus(Duration.ofDays(4 + r.nextInt(10))).plusSeconds(r.nextInt(20_000));
            p.add(Activity.sfTask("Email", "Email: Visit us at " + show, t, owner));
        } else if (roll < 24) {
            Instant t = Instant.parse("2026-11-03T09:00:00Z").plus(Duration.ofHours(24L * r.nextInt(9)));
            Activity later = Activity.sfEvent("Meeting: next steps", t, 60, owner);  // planned for after the as-of
            Instant booked = capture.plus(Duration.ofHours(2 + r.nextInt(40)));
            Instant exported = Instant.parse("2026-10-30T12:00:00Z");  // nothing in an export is newer than the export
            later.created = booked.isAfter(exported) ? exported.minusSeconds(3600L + r.nextInt(3600)) : booked;
            p.add(later);
        }
    }

    // --- small helpers ---------------------------------------------------------------------------------

    /** A random moment in [lo, hi] on a weekday between 08:00 and 19:00 local time; never outside [lo, hi]. */
    private static Instant working(Random r, CampaignPlan c, Instant lo, Instant hi) {
        if (!hi.isAfter(lo)) {
            throw new IllegalStateException("empty window " + lo + " .. " + hi);
        }
        long span = Duration.between(lo, hi).getSeconds();
        for (int i = 0; i < 400; i++) {
            Instant t = lo.plusSeconds((long) (r.nextDouble() * span));
            ZonedDateTime z = t.atZone(c.zone);
            if (z.getHour() >= 8 && z.getHour() < 19 && z.getDayOfWeek() != DayOfWeek.SATURDAY
                    && z.getDayOfWeek() != DayOfWeek.SUNDAY) {
                return t;
            }
        }
        return lo.plusSeconds(span / 2);
    }

    private static LocalDate[] days(String first, int n) {
        LocalDate[] d = new LocalDate[n];
        for (int i = 0; i < n; i++) {
            d[i] = LocalDate.parse(first).plusDays(i);
        }
        return d;
    }

    private static LocalDateTime scanTime(Random r, LocalDate[] days, int fromHour, int toHour, boolean seconds) {
        LocalDate d = days[r.nextInt(days.length)];
        int minute = fromHour * 60 + r.nextInt((toHour - fromHour) * 60);
        return LocalDateTime.of(d, LocalTime.of(minute / 60, minute % 60, seconds ? r.nextInt(60) : 0));
    }

    /** A later scan of the same person: same day or the next show day. */
    private static LocalDateTime later(Random r, LocalDateTime at, LocalDate[] days) {
        LocalDateTime t = at.plusMinutes(25 + r.nextInt(300));
        if (t.getHour() >= 19 || !t.toLocalDate().equals(at.toLocalDate())) {
            LocalDate next = at.toLocalDate().plusDays(1);
            t = next.isAfter(days[days.length - 1]) ? at.plusMinutes(10 + r.nextInt(20))
                    : LocalDateTime.of(next, LocalTime.of(9 + r.nextInt(6), r.nextInt(60), at.getSecond()));
        }
        return t;
    }

    private void decorateHannover(Random r, Scan s) {
        if (s.file.equals(PlantedScenarios.CVENT)) {
            s.rating = new String[] {"A", "B", "C", "D"}[weighted(r, new int[] {20, 35, 30, 15})];
            s.device = "iPad Halle 9 – " + (1 + r.nextInt(3));
            s.notes = r.nextInt(100) < 30 ? PeoplePool.pick(r, DE_NOTES) : "";
            if (r.nextInt(100) < 70) {
                s.answers.put("Q: Products of interest", pick(r, List.of("Predictive Maintenance", "Energy Monitoring",
                        "Condition Monitoring", "Predictive Maintenance; Energy Monitoring", "OEE Dashboard")));
            }
            if (r.nextInt(100) < 60) {
                s.answers.put("Q: Purchase timeframe", pick(r, List.of("0–3 months", "3–6 months", "6–12 months",
                        "no project")));
            }
        } else {
            s.rating = new String[] {"Hot", "Warm", "Cold"}[weighted(r, new int[] {25, 45, 30})];
            s.badgeId = String.format("HM26-%04d-%04d", 100 + r.nextInt(900), r.nextInt(10_000));
            s.notes = r.nextInt(100) < 40 ? PeoplePool.pick(r, DE_NOTES) : "";
            if (r.nextInt(100) < 6) {
                s.notes = "Interesse an Retrofit; bitte Angebot bis KW 19";  // a semicolon inside a ;-separated file
            }
        }
    }

    /** The CRM's copy of a person: Salesforce keeps phones in international form. */
    private static Person sfPhones(Person p, String region) {
        String phone = p.phone() == null || p.phone().isBlank() ? "" : PeoplePool.international(p.phone(), region);
        String mobile = p.mobile() == null || p.mobile().isBlank() ? "" : PeoplePool.international(p.mobile(), region);
        return p.withPhones(phone, mobile);
    }

    private static Person hsPhones(Person p) {
        return p.phone() == null || p.phone().isBlank() ? p
                : p.withPhones(PeoplePool.international(p.phone(), "US"), "");
    }

    private static int weighted(Random r, int[] weights) {
        int total = 0;
        for (int w : weights) {
            total += w;
        }
        int x = r.nextInt(total);
        for (int i = 0; i < weights.length; i++) {
            x -= weights[i];
            if (x < 0) {
                return i;
            }
        }
        return weights.length - 1;
    }

    private static String code(Random r) {
        String alphabet = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789";
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < 6; i++) {
            sb.append(alphabet.charAt(r.nextInt(alphabet.length())));
        }
        return sb.toString();
    }

    private static <T> T pick(Random r, List<T> list) {
        return list.get(r.nextInt(list.size()));
    }

    private static final String[] DE_NOTES = {"Bitte Angebot schicken", "Rückruf gewünscht", "Kennt uns von der SPS",
        "Hat bereits ein System im Einsatz", "Budget für 2027 geplant", "Demo-Termin vereinbaren",
        "Nur Informationsmaterial", "Interessiert an Pilotprojekt"};
    private static final String[] US_NOTES = {"Wants pricing", "Asked for a demo next week", "Current HubSpot user",
        "Evaluating competitors", "Budget approved for Q1", "Send case study", "Just browsing"};
    private static final String[] EU_NOTES = {"Investor, seed stage", "Wants API docs", "Met at the night summit",
        "Looking for a pilot in Lisbon", "Send the deck", "Partnership idea"};
}
