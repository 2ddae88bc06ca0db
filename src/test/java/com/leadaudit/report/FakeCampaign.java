package com.leadaudit.report;

import com.leadaudit.figures.Figures;
import com.leadaudit.figures.GroupFigures;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/** An in-memory campaign source for tests; fields are public so a test can change what it needs. */
class FakeCampaign implements CampaignReportSource {

    static final String HYPERLINK = "=HYPERLINK(\"http://x\",\"y\")";
    static final String PHONE_WITH_PLUS = "+1 555 0100";

    CampaignFacts facts;
    Figures figures;
    List<GroupFigures> byRating = new ArrayList<>();
    List<GroupFigures> byOwner = new ArrayList<>();
    List<GroupFigures> byBoothStaff = new ArrayList<>();
    List<String> answerColumns = new ArrayList<>();
    List<LeadRow> leads = new ArrayList<>();
    List<LeadRow> actionItems = new ArrayList<>();
    List<DataQualityRow> dataQuality = new ArrayList<>();
    List<TrendPoint> trend = new ArrayList<>();
    RunInfo run;

    /**
     * Eight leads of a Berlin trade show with every status, a date-only touch, custom answers and a note that
     * looks like a formula. SLA 2bd; as-of Tuesday 2026-04-28 end of day.
     */
    static FakeCampaign berlin() {
        FakeCampaign c = new FakeCampaign();
        c.facts = new CampaignFacts("ber-2026", "Berlin Trade Expo 2026", LocalDate.of(2026, 4, 22),
                LocalDate.of(2026, 4, 24), "Europe/Berlin", "2bd", "DE", null, "2026-05-01", true);
        c.figures = new Figures(11, 1, 2, 8, 6, 2, 2, 2, 2, 0.3333333333, 0.5, 5.8, 71.4);
        c.answerColumns = List.of("Interested in product?", "Budget", "Timeframe");

        Instant thu = Instant.parse("2026-04-23T07:30:00Z");
        Instant fri = Instant.parse("2026-04-24T08:15:00Z");   // 10:15 in Berlin
        Instant dueThu = Instant.parse("2026-04-27T21:59:59.999Z");
        Instant dueFri = Instant.parse("2026-04-28T21:59:59.999Z");
        c.leads = new ArrayList<>(List.of(
                lead("anna.schmidt@acme.de", "Anna", "Schmidt", "Acme GmbH", "HOT", fri, true, "EMAIL", "Jonas Weber",
                        Instant.parse("2026-04-24T14:00:00Z"), null, "EMAIL", 5.8, dueFri, "ON_TIME", HYPERLINK, 2),
                lead("ben.meyer@beta.de", "Ben", "Meyer", "Beta AG", "WARM", thu, true, "EMAIL", "Mia Braun",
                        Instant.parse("2026-04-28T09:00:00Z"), null, "CALL", 121.5, dueThu, "LATE", null, 3),
                lead("clara@gamma.com", "Clara", "Nowak", "Gamma Ltd", "HOT", thu, true, "EMAIL", "Jonas Weber",
                        null, null, null, null, dueThu, "OVERDUE", "wants demo", 4),
                lead("dirk@delta.io", "Dirk", "Vogel", "Delta", "COLD", fri, true, "NAME", "Mia Braun",
                        null, null, null, null, dueFri, "OPEN", null, 5),
                lead("eva@epsilon.eu", "Eva", "Roth", "Epsilon SA", "WARM", thu, true, "EMAIL", "Aaron Kim",
                        null, LocalDate.of(2026, 4, 27), "TASK", null, dueThu, "ON_TIME", null, 6),
                lead(null, "Frank", "Huber", "Zeta Inc", "UNRATED", thu, false, null, null,
                        null, null, null, null, dueThu, "OVERDUE", "badge only", 7),
                lead("gina@eta.com", "Gina", "Lang", "Eta", "HOT", fri, true, "EMAIL", "Aaron Kim",
                        null, null, null, null, dueFri, "OPEN", null, 8),
                lead("hans@theta.de", "Hans", "Koch", "Theta", "COLD", thu, true, "PHONE", "Mia Braun",
                        Instant.parse("2026-04-28T12:00:00Z"), null, "MEETING", 124.5, dueThu, "LATE", null, 9)));
        c.leads.set(5, withPhone(c.leads.get(5), PHONE_WITH_PLUS));
        // Action List order: HOT first, then by deadline.
        c.actionItems = List.of(c.leads.get(2), c.leads.get(6), c.leads.get(5), c.leads.get(3));

        c.byRating = List.of(   // deliberately not in display order
                group("UNRATED", 1, 0, 0, 1, 0, 0.0, null, null),
                group("HOT", 3, 1, 0, 1, 1, 0.5, 5.8, 5.8),
                group("COLD", 2, 0, 1, 0, 1, 0.0, 124.5, 124.5),
                group("WARM", 2, 1, 1, 0, 0, 0.5, 121.5, 121.5));
        c.byOwner = List.of(
                group("Jonas Weber", 1, 1, 0, 0, 0, 1.0, 5.8, 5.8),
                group(null, 4, 0, 0, 2, 2, 0.0, null, null),
                group("Mia Braun", 2, 0, 2, 0, 0, 0.0, 123.0, 124.2),
                group("Aaron Kim", 1, 1, 0, 0, 0, 1.0, null, null),
                group("Zoe Pending", 1, 0, 0, 0, 1, null, null, null));
        c.byBoothStaff = List.of(
                group("booth-2", 3, 1, 1, 1, 0, 0.6666666667, 63.7, 115.7),
                group("booth-1", 5, 1, 1, 1, 2, 0.6666666667, 121.5, 123.9));
        c.dataQuality = List.of(
                new DataQualityRow("Row rejected", "badge-scans/ber-2026/day2.csv", 14, "no identity", ";;;;"),
                new DataQualityRow("Duplicate merged", "badge-scans/ber-2026/day1.xlsx", 3, "same email as row 2",
                        "anna.schmidt@acme.de;Anna;Schmidt"),
                new DataQualityRow("File rejected", "badge-scans/ber-2026/notes.xlsx", null, "no header row found", null));
        c.trend = List.of(new TrendPoint("2026-04-26", 0.25, 0.375, 8), new TrendPoint("2026-04-27", 0.4, 0.5, 8),
                new TrendPoint("2026-04-28", 0.3333333333, 0.5, 8));
        c.run = new RunInfo("2026-04-28", Instant.parse("2026-04-28T21:59:59.999Z"), "0.1.0",
                Instant.parse("2026-04-29T01:00:00Z"),
                List.of(new InputFile("badge-scans/ber-2026/day1.xlsx", "badge scans", "ab".repeat(32), 6, 0, "imported"),
                        new InputFile("badge-scans/ber-2026/day2.csv", "badge scans", "cd".repeat(32), 5, 1, "imported"),
                        new InputFile("crm/hubspot-calls.csv", "activities", "ef".repeat(32), 40, 0, "skipped (unchanged)")),
                Map.of("leadaudit.default.sla", "2bd", "leadaudit.crm.time-zone", "UTC"));
        return c;
    }

    static LeadRow lead(String email, String first, String last, String company, String rating, Instant captured,
                        boolean inCrm, String match, String owner, Instant touchAt, LocalDate touchDate,
                        String touchType, Double hours, Instant deadline, String status, String notes, int sourceRow) {
        boolean touched = touchAt != null || touchDate != null;
        return new LeadRow(email, first, last, company, "Head of " + company, "+49 30 1234" + sourceRow, rating,
                "booth-" + (sourceRow % 2 + 1), captured, 1 + sourceRow % 2, inCrm, match, owner, touchAt, touchDate,
                touchType, touched ? owner : null, hours, deadline, status, notes,
                List.of("yes", "€" + sourceRow + "0k", "Q" + (sourceRow % 4 + 1)), "badge-scans/ber-2026/day1.xlsx",
                sourceRow);
    }

    static LeadRow withPhone(LeadRow l, String phone) {
        return new LeadRow(l.email(), l.firstName(), l.lastName(), l.company(), l.title(), phone, l.rating(),
                l.scannedBy(), l.capturedAt(), l.scans(), l.inCrm(), l.match(), l.crmOwner(), l.firstTouchAt(),
                l.firstTouchDate(), l.firstTouchType(), l.firstTouchBy(), l.hoursToFirstTouch(), l.deadline(),
                l.status(), l.notes(), l.answers(), l.sourceFile(), l.sourceRow());
    }

    static LeadRow withNotes(LeadRow l, String notes) {
        return new LeadRow(l.email(), l.firstName(), l.lastName(), l.company(), l.title(), l.phone(), l.rating(),
                l.scannedBy(), l.capturedAt(), l.scans(), l.inCrm(), l.match(), l.crmOwner(), l.firstTouchAt(),
                l.firstTouchDate(), l.firstTouchType(), l.firstTouchBy(), l.hoursToFirstTouch(), l.deadline(),
                l.status(), notes, l.answers(), l.sourceFile(), l.sourceRow());
    }

    static GroupFigures group(String name, long leads, long onTime, long late, long overdue, long open,
                              Double compliance, Double median, Double p90) {
        return new GroupFigures(name, leads, onTime, late, overdue, open, compliance, median, p90);
    }

    /** Takes everything but the leads and action items from {@code other}, for sources that stream their own. */
    FakeCampaign withFiguresOf(FakeCampaign other) {
        facts = other.facts;
        figures = other.figures;
        byRating = other.byRating;
        byOwner = other.byOwner;
        byBoothStaff = other.byBoothStaff;
        answerColumns = other.answerColumns;
        dataQuality = other.dataQuality;
        trend = other.trend;
        run = other.run;
        return this;
    }

    @Override public CampaignFacts facts() { return facts; }
    @Override public Figures figures() { return figures; }
    @Override public List<GroupFigures> byRating() { return byRating; }
    @Override public List<GroupFigures> byOwner() { return byOwner; }
    @Override public List<GroupFigures> byBoothStaff() { return byBoothStaff; }
    @Override public List<String> answerColumns() { return answerColumns; }
    @Override public void forEachLead(Consumer<LeadRow> consumer) { leads.forEach(consumer); }
    @Override public void forEachActionItem(Consumer<LeadRow> consumer) { actionItems.forEach(consumer); }
    @Override public void forEachDataQualityRow(Consumer<DataQualityRow> consumer) { dataQuality.forEach(consumer); }
    @Override public List<TrendPoint> trend() { return trend; }
    @Override public RunInfo run() { return run; }
}
