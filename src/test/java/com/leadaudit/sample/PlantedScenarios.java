package com.leadaudit.sample;

import com.leadaudit.sample.CampaignPlan.LeadPlan;
import com.leadaudit.sample.SampleModel.Activity;
import com.leadaudit.sample.SampleModel.CrmPerson;
import com.leadaudit.sample.SampleModel.Kind;
import com.leadaudit.sample.SampleModel.Person;
import com.leadaudit.sample.SampleModel.Scan;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;

/**
 * The inputs of the planted leads. Their expected outcomes are stated separately, by hand, in
 * {@link PlantedLeads}; this class only writes the facts (who was scanned when, which CRM record, which
 * activities). Keep the two in step when changing either. Times of CRM activities are UTC instants, as the
 * exports carry them; scan times are local campaign times, as the badge files carry them.
 */
final class PlantedScenarios {

    private final CrmBook crm;
    private final PeoplePool pool;

    PlantedScenarios(CrmBook crm, PeoplePool pool) {
        this.crm = crm;
        this.pool = pool;
    }

    static final String CVENT = "cvent";
    static final String PARTNER = "partner";
    static final String SWAPCARD = "swapcard";
    static final String PRETIX = "pretix";
    static final String GITEX = "gitex";

    void hannover(CampaignPlan c) {
        // P1: Thursday capture, 2bd skips the 1 May holiday and the weekend: due end of Tue 5 May; email that day.
        Person sabine = person("Sabine", "Lorenz", "Elbe Automation GmbH", "Leiterin Instandhaltung",
                "sabine.lorenz@elbe-automation.example", "040 3318842", "+49 151 40021987", "Hamburg", "DE");
        LeadPlan p1 = planted(c, sabine, "EMAIL");
        Scan s = scan(p1, "2026-04-30T15:20", crm.annaKeller.name(), CVENT);
        s.rating = "A";
        s.device = "iPad Halle 9 – 1";
        s.answers.put("Q: Products of interest", "Predictive Maintenance; Energy Monitoring");
        s.answers.put("Q: Purchase timeframe", "0–3 months");
        p1.crm = crm.sfContact(sabine.withPhones("+49 40 3318842", "+49 151 40021987"), crm.annaKeller,
                utc("2025-11-12T10:41:07Z"), "Hamburg");
        p1.crm.add(Activity.sfTask("Email", "Email: Great to meet you at Hannover Messe", utc("2026-05-05T14:05:00Z"),
                crm.annaKeller));

        // P2: Monday capture, due end of Wed 29 Apr. The call task was created on the 28th (inside the SLA) but
        // completed on the 30th: CompletedDateTime wins over CreatedDate, so LATE. Re-scanned later by the partner
        // counter: the capture time is the earliest scan.
        Person thomas = person("Thomas", "Wendt", "Main-Kinzig Fördertechnik GmbH", "Technischer Einkauf",
                "thomas.wendt@mk-foerdertechnik.example", "069 5520174", "", "Frankfurt am Main", "DE");
        LeadPlan p2 = planted(c, thomas, "EMAIL");
        s = scan(p2, "2026-04-27T10:12", crm.jonasRichter.name(), CVENT);
        s.rating = "B";
        s.device = "iPad Halle 9 – 2";
        s.answers.put("Q: Products of interest", "Condition Monitoring");
        s.answers.put("Q: Purchase timeframe", "3–6 months");
        s = scan(p2, "2026-04-28T14:00", crm.miriamHahn.name(), PARTNER);
        s.rating = "Warm";
        s.badgeId = "HM26-0412-5530";
        s.notes = "Zweiter Besuch, Kollege aus der Instandhaltung dabei";
        p2.crm = crm.sfLead(thomas.withPhones("+49 69 5520174", ""), crm.jonasRichter, utc("2026-04-27T08:31:55Z"));
        Activity call = Activity.sfTask("Call", "Call", utc("2026-04-30T07:30:00Z"), crm.jonasRichter);
        call.created = utc("2026-04-28T09:00:00Z");
        call.activityDate = LocalDate.of(2026, 4, 29);
        call.durationMinutes = 7;
        call.outcome = "Reached - demo requested";
        p2.crm.add(call);

        // P3: only mass mail. Neither list email is a touch, so the lead is OVERDUE.
        Person monika = person("Monika", "Fuchs", "Weserstahl AG", "Einkaufsleiterin",
                "monika.fuchs@weserstahl.example", "0421 7730156", "", "Bremen", "DE");
        LeadPlan p3 = planted(c, monika, "EMAIL");
        s = scan(p3, "2026-04-28T13:40", crm.felixBraun.name(), CVENT);
        s.rating = "C";
        s.device = "iPad Halle 9 – 3";
        s.answers.put("Q: Purchase timeframe", "no project");
        p3.crm = crm.sfContact(monika.withPhones("+49 421 7730156", ""), crm.miriamHahn, utc("2024-06-03T12:00:31Z"),
                "Bremen");
        p3.crm.add(Activity.sfTask("ListEmail", "List Email: Thank you for visiting us at Hannover Messe",
                utc("2026-05-04T06:00:00Z"), crm.marketing));
        p3.crm.add(Activity.sfTask("ListEmail", "List Email: October newsletter", utc("2026-10-06T07:00:00Z"),
                crm.marketing));

        // P4: scanned with the address of her Salesforce Lead, which was converted; the Contact now carries the
        // group's new address and owns the (re-parented) call. Lead + Contact are one person (SPEC §6).
        Person juliaScan = person("Julia", "Neumann", "Rheintal Sensorik GmbH", "Projektleiterin Digitalisierung",
                "julia.neumann@rheintal-sensorik.example", "", "0176 55102938", "Freiburg", "DE");
        LeadPlan p4 = planted(c, juliaScan, "EMAIL");
        s = scan(p4, "2026-04-28T11:05", crm.annaKeller.name(), CVENT);
        s.rating = "A";
        s.device = "iPad Halle 9 – 1";
        s.answers.put("Q: Products of interest", "Predictive Maintenance");
        s.answers.put("Q: Purchase timeframe", "0–3 months");
        Person juliaLead = juliaScan.withPhones("", "+49 176 55102938");
        Person juliaContact = juliaLead.withEmail("j.neumann@rheintal-sensorik-group.example");
        p4.crm = crm.sfConverted(juliaLead, juliaContact, crm.annaKeller, utc("2026-04-28T09:20:12Z"),
                LocalDate.of(2026, 5, 11));
        p4.crm.add(Activity.sfTask("Call", "Call: Rheintal pilot scope", utc("2026-04-29T08:15:00Z"), crm.annaKeller));

        // P5: the partner counter typed no email, only a badge id and a mobile number. PHONE tier: same E.164
        // number and same last name (Krüger), found on the Salesforce contact.
        Person stefanScan = person("Stefan", "Krüger", "Rhön Hydraulik", "Versuchsleiter", "", "", "0151 28837465",
                "Bad Neustadt", "DE");
        LeadPlan p5 = planted(c, stefanScan, "PHONE");
        s = scan(p5, "2026-04-29T16:40", crm.felixBraun.name(), PARTNER);
        s.rating = "Hot";
        s.badgeId = "HM26-0481-7731";
        s.notes = "Visitenkarte vergessen, bitte zurückrufen";
        Person stefanCrm = person("Stefan", "Krüger", "Rhön Hydraulik GmbH", "Versuchsleiter",
                "stefan.krueger@rhoen-hydraulik.example", "+49 9771 630120", "+49 151 28837465", "Bad Neustadt", "DE");
        p5.crm = crm.sfContact(stefanCrm, crm.jonasRichter, utc("2025-02-18T15:03:44Z"), "Bad Neustadt");
        Activity visit = Activity.sfEvent("Vor-Ort-Termin Hydraulikprüfstand", utc("2026-05-06T08:00:00Z"), 90,
                crm.jonasRichter);
        visit.notes = "Bad Neustadt";
        p5.crm.add(visit);

        // P6: badge says "Jon Smyth", Salesforce says "John Smyth" (Jaro-Winkler 0.973) with the account
        // "Brandt Maschinenbau GmbH" = company "Brandt Maschinenbau" once the legal suffix is dropped: NAME tier.
        // A second "John Smyth" works at Smyth Consulting Ltd (other company, other domain): not a candidate, so
        // exactly one qualifies. The follow-up is a date-only call on the deadline date (BDR's field-subset extract).
        Person jon = person("Jon", "Smyth", "Brandt Maschinenbau", "Head of Engineering",
                "jon.smyth@brandt-mb.example", "", "", "Dortmund", "DE");
        LeadPlan p6 = planted(c, jon, "NAME");
        s = scan(p6, "2026-04-28T09:30", crm.jonasRichter.name(), CVENT);
        s.rating = "B";
        s.device = "iPad Halle 9 – 2";
        s.answers.put("Q: Products of interest", "Energy Monitoring");
        s.answers.put("Q: Purchase timeframe", "6–12 months");
        Person john = person("John", "Smyth", "Brandt Maschinenbau GmbH", "Head of Engineering",
                "john.smyth@brandt-maschinenbau.example", "+49 231 5571200", "", "Dortmund", "DE");
        p6.crm = crm.sfContact(john, crm.nilsPetersen, utc("2025-08-21T07:12:09Z"), "Dortmund");
        Activity dateOnly = Activity.sfTask("Call", "Call: follow-up Hannover Messe", null, crm.nilsPetersen);
        dateOnly.created = null;
        dateOnly.activityDate = LocalDate.of(2026, 4, 30);
        dateOnly.minimalExtract = true;
        p6.crm.add(dateOnly);
        Person otherJohn = person("John", "Smyth", "Smyth Consulting Ltd", "Managing Director",
                "john@smyth-consulting.example", "+44 20 7946 0321", "", "London", "GB");
        CrmPerson otherJohnCrm = crm.sfContact(otherJohn, crm.annaKeller, utc("2025-03-10T16:20:00Z"), "London");
        otherJohnCrm.add(Activity.sfTask("Email", "Email: Proposal for the Q3 workshop", utc("2026-04-28T12:00:00Z"),
                crm.annaKeller));

        // P7: a look-alike that must not match: same name, but another company and another mail domain.
        Person katrin = person("Katrin", "Vogel", "Hafenlogistik Bremen GmbH", "Leiterin Lagerlogistik",
                "k.vogel@hafenlogistik-bremen.example", "0421 6619034", "", "Bremen", "DE");
        LeadPlan p7 = planted(c, katrin, null);
        s = scan(p7, "2026-04-29T11:50", crm.felixBraun.name(), CVENT);
        s.rating = "B";
        s.device = "iPad Halle 9 – 3";
        s.answers.put("Q: Products of interest", "Condition Monitoring");
        Person otherKatrin = person("Katrin", "Vogel", "Vogel & Söhne Feinmechanik GmbH", "Geschäftsführerin",
                "katrin.vogel@vogel-soehne.example", "+49 7721 880140", "", "Villingen-Schwenningen", "DE");
        CrmPerson otherKatrinCrm = crm.sfContact(otherKatrin, crm.miriamHahn, utc("2025-09-01T09:00:00Z"),
                "Villingen-Schwenningen");
        otherKatrinCrm.add(Activity.sfTask("Email", "Email: Angebot Messtechnik", utc("2026-04-30T09:00:00Z"),
                crm.miriamHahn));
    }

    void dreamforce(CampaignPlan c) {
        // P8: a cancelled meeting (not a touch) an hour before a no-show meeting (a touch): first touch 09:00 PDT.
        Person rachel = person("Rachel", "Donovan", "Brightline Logistics", "VP Sales Operations",
                "rachel.donovan@brightline-logistics.example", "(415) 555-0134", "", "San Francisco", "US");
        LeadPlan p8 = planted(c, rachel, "EMAIL");
        Scan s = scan(p8, "2026-10-13T10:15", crm.danaWhitfield.name(), SWAPCARD);
        s.rating = "5";
        s.notes = "Wants a demo for 40 reps";
        p8.crm = crm.hubSpotContact(rachel.withPhones("+1 415-555-0134", ""), crm.danaWhitfield,
                utc("2026-10-13T19:02:00Z"), "Sales Qualified Lead");
        p8.crm.add(Activity.hubSpot(Kind.HS_EMAIL, "INCOMING_EMAIL", "Pricing question after Dreamforce",
                utc("2026-10-13T20:00:00Z"), crm.danaWhitfield));
        p8.crm.add(Activity.hubSpot(Kind.HS_MEETING, "CANCELED", "Intro call – Brightline Logistics",
                utc("2026-10-14T15:00:00Z"), crm.danaWhitfield));
        p8.crm.add(Activity.hubSpot(Kind.HS_MEETING, "NO_SHOW", "Discovery meeting – Brightline Logistics",
                utc("2026-10-14T16:00:00Z"), crm.danaWhitfield));

        // P9: the only follow-up is a call logged on two contacts; the lead's id is the second of the two.
        Person owen = person("Owen", "Fitzgerald", "Cobalt Ridge Software", "Director of Revenue Operations",
                "owen.fitzgerald@cobaltridge.example", "(206) 555-0187", "", "Seattle", "US");
        LeadPlan p9 = planted(c, owen, "EMAIL");
        s = scan(p9, "2026-10-14T09:05", crm.marcusLee.name(), SWAPCARD);
        s.rating = "4";
        p9.crm = crm.hubSpotContact(owen.withPhones("+1 206-555-0187", ""), crm.marcusLee, utc("2026-10-14T16:40:00Z"),
                "Lead");
        Person hannah = person("Hannah", "Price", "Cobalt Ridge Software", "CFO", "hannah.price@cobaltridge.example",
                "+1 206-555-0152", "", "Seattle", "US");
        CrmPerson hannahCrm = crm.hubSpotContact(hannah, crm.marcusLee, utc("2025-02-11T18:00:00Z"), "Customer");
        Activity twoIds = Activity.hubSpot(Kind.HS_CALL, "OUTBOUND", "Follow-up call – Cobalt Ridge",
                utc("2026-10-16T17:30:00Z"), crm.marcusLee);
        twoIds.outcome = "Connected";
        twoIds.durationMinutes = 21;
        twoIds.alsoAssociated.add(hannahCrm);
        p9.crm.add(twoIds);

        // P10: scanned twice (once with a "mailto:" address). Only an incoming email and a meeting booked for
        // after the as-of: no touch, deadline passed: OVERDUE.
        Person lucia = person("Lucia", "Romero", "Vantage Health Partners", "Marketing Operations Manager",
                "lucia.romero@vantagehealth.example", "(312) 555-0171", "", "Chicago", "US");
        LeadPlan p10 = planted(c, lucia, "EMAIL");
        s = scan(p10, "2026-10-15T14:40", crm.priyaNatarajan.name(), SWAPCARD);
        s.rating = "3";
        s = scan(p10, "2026-10-15T16:05", crm.kevinOBrien.name(), SWAPCARD);
        s.rating = "4";
        s.emailText = "mailto:Lucia.Romero@vantagehealth.example";
        s.notes = "Came back after the keynote";
        p10.crm = crm.hubSpotContact(lucia.withPhones("+1 312-555-0171", ""), crm.priyaNatarajan,
                utc("2026-10-15T23:10:00Z"), "Marketing Qualified Lead");
        p10.crm.add(Activity.hubSpot(Kind.HS_EMAIL, "INCOMING_EMAIL", "Slides from the session?",
                utc("2026-10-16T18:22:00Z"), crm.priyaNatarajan));
        p10.crm.add(Activity.hubSpot(Kind.HS_MEETING, "SCHEDULED", "Product demo – Vantage Health",
                utc("2026-11-03T17:00:00Z"), crm.priyaNatarajan));
    }

    void webSummit(CampaignPlan c) {
        // P11: only an email from before the scan (booth invitation) and a call task not yet done: OPEN, because
        // 5 business days from Thu 29 Oct end on Thu 5 Nov.
        Person ines = person("Inês", "Carvalho", "Atlântico Digital SA", "Head of Partnerships",
                "ines.carvalho@atlantico-digital.example", "+351 912 480 337", "", "Lisboa", "PT");
        LeadPlan p11 = planted(c, ines, "EMAIL");
        Scan s = scan(p11, "2026-10-29T10:05", "Booth B4-12 iPhone 2", PRETIX);
        s.rating = "Warm";
        s.badgeId = "WS26-7QK4TD";
        s.notes = "Met at the partner lounge";
        p11.crm = crm.sfLead(ines, crm.sofiaAlmeida, utc("2026-10-15T11:02:40Z"));
        p11.crm.add(Activity.sfTask("Email", "Email: Let's meet at Web Summit – booth B4-12",
                utc("2026-10-22T09:00:00Z"), crm.sofiaAlmeida));
        Activity todo = Activity.sfTask("Call", "Call: Web Summit follow-up", null, crm.sofiaAlmeida);
        todo.status = "Not Started";
        todo.created = utc("2026-10-29T17:00:00Z");
        todo.activityDate = LocalDate.of(2026, 10, 30);
        p11.crm.add(todo);
    }

    void gitex(CampaignPlan c) {
        // P12: no register row, so UTC and 2bd by default: Tuesday 14:10 is due end of Thursday 29 Oct (UTC);
        // the email at 21:00 UTC that Thursday is on time.
        Person omar = person("Omar", "Haddad", "Gulf Data Systems LLC", "CIO", "omar.haddad@gulfdatasystems.example",
                "", "", "Dubai", "AE");
        LeadPlan p12 = planted(c, omar, "EMAIL");
        Scan s = scan(p12, "2026-10-27T14:10", crm.karimNasser.name(), GITEX);
        s.rating = "hot";
        p12.crm = crm.sfContact(omar, crm.karimNasser, utc("2026-10-27T14:32:10Z"), "Dubai");
        p12.crm.add(Activity.sfTask("Email", "Email: GITEX follow-up – Gulf Data Systems", utc("2026-10-29T21:00:00Z"),
                crm.karimNasser));
    }

    // --- helpers -------------------------------------------------------------------------------------------

    private Person person(String first, String last, String company, String title, String email, String phone,
                          String mobile, String city, String region) {
        Person p = new Person(first, last, company, title, email, phone, mobile, countryName(region), city);
        pool.register(p, region);
        return p;
    }

    private static String countryName(String region) {
        return switch (region) {
            case "DE" -> "Germany";
            case "US" -> "United States";
            case "PT" -> "Portugal";
            case "GB" -> "United Kingdom";
            default -> "United Arab Emirates";
        };
    }

    private static LeadPlan planted(CampaignPlan c, Person p, String tier) {
        LeadPlan l = c.lead(p);
        l.planted = true;
        l.intendedTier = tier;
        return l;
    }

    private static Scan scan(LeadPlan l, String localTime, String staff, String file) {
        Scan s = new Scan(l.person, LocalDateTime.parse(localTime), staff, file);
        l.scans.add(s);
        return s;
    }

    static Instant utc(String iso) {
        return Instant.parse(iso);
    }
}
