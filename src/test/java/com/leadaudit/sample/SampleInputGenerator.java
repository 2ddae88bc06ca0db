package com.leadaudit.sample;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Comparator;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Regenerates the repository's sample {@code input/} folder: a campaign register, badge-scan exports in five
 * layouts and Salesforce + HubSpot exports, all invented, audited in tests with as-of 2026-10-30.
 *
 * <p>Deterministic: fixed seeds per campaign ({@link Random} is a specified algorithm, so the same on every
 * JVM), insertion-ordered collections only, fixed xlsx core-property dates and zip entry times. Two runs give
 * byte-identical files on the same JDK (xlsx bytes could only differ across JDKs through the deflater; their
 * content never does). {@code campaigns.csv}, {@code badge-scans/} and {@code crm/} are deleted and rewritten;
 * the hand-written {@code README.md} is left alone.
 *
 * <pre>
 * ./mvnw -o -q -Ptool test-compile exec:exec -Dtool.main=com.leadaudit.sample.SampleInputGenerator -Dtool.args=input
 * </pre>
 */
public final class SampleInputGenerator {

    static final String HANNOVER = "hannover-messe-2026";
    static final String DREAMFORCE = "dreamforce-2026";
    static final String WEB_SUMMIT = "web-summit-2026";
    /** Has scans but no register row: audited with the default time zone (UTC), SLA (2bd) and country (US). */
    static final String GITEX = "gitex-2026";

    private SampleInputGenerator() {
    }

    public static void main(String[] args) throws IOException {
        Path out = Paths.get(args.length > 0 ? args[0] : "input");
        generate(out);
        System.out.println("sample input written to " + out.toAbsolutePath().normalize());
    }

    static void generate(Path out) throws IOException {
        PeoplePool pool = new PeoplePool();
        CrmBook crm = new CrmBook();
        for (var u : crm.sfUsers) {  // keep random leads from being named like a rep or booth staff member
            pool.register(new SampleModel.Person(u.first(), u.last(), "", "", "", "", "", "", ""), "DE");
        }
        for (var u : List.of(crm.danaWhitfield, crm.marcusLee, crm.priyaNatarajan, crm.kevinOBrien)) {
            pool.register(new SampleModel.Person(u.first(), u.last(), "", "", "", "", "", "", ""), "US");
        }

        CampaignPlan hannover = new CampaignPlan(HANNOVER, "Hannover Messe 2026", ZoneId.of("Europe/Berlin"), "2bd",
                Set.of(LocalDate.of(2026, 5, 1)), "DE");
        CampaignPlan dreamforce = new CampaignPlan(DREAMFORCE, "Dreamforce 2026", ZoneId.of("America/Los_Angeles"),
                "48h", Set.of(), "US");
        CampaignPlan webSummit = new CampaignPlan(WEB_SUMMIT, "Web Summit 2026", ZoneId.of("Europe/Lisbon"), "5bd",
                Set.of(), "PT");
        CampaignPlan gitex = new CampaignPlan(GITEX, GITEX, ZoneId.of("UTC"), "2bd", Set.of(), "US");
        List<CampaignPlan> all = List.of(hannover, dreamforce, webSummit, gitex);

        // Planted leads first, so the random people drawn afterwards keep away from their names and numbers.
        PlantedScenarios planted = new PlantedScenarios(crm, pool);
        planted.hannover(hannover);
        planted.dreamforce(dreamforce);
        planted.webSummit(webSummit);
        planted.gitex(gitex);

        FillerPlanner fillers = new FillerPlanner(crm, pool);
        fillers.hannover(hannover, new Random(2026_04_27L), 180);
        fillers.dreamforce(dreamforce, new Random(2026_10_13L), 150);
        fillers.webSummit(webSummit, new Random(2026_10_26L), 120);
        fillers.gitex(gitex, new Random(2026_10_27L), 80);
        fillers.background(new Random(77L));
        fillers.listEmails(all, new Random(6L));

        MatchGuard.check(all, crm);

        clean(out);
        writeRegister(out.resolve("campaigns.csv"));
        Path scans = out.resolve("badge-scans");
        ScanFileWriters.cventXlsx(scans.resolve(HANNOVER).resolve("LeadCapture_Export_HannoverMesse2026_2026-05-02.xlsx"),
                hannover.rowsOf(PlantedScenarios.CVENT));
        ScanFileWriters.partnerCsv(scans.resolve(HANNOVER).resolve("partner-counter-scans_2026-05-04.csv"),
                hannover.rowsOf(PlantedScenarios.PARTNER));
        ScanFileWriters.swapcardCsv(scans.resolve(DREAMFORCE).resolve("Dreamforce2026_Leads_Validar.csv"),
                dreamforce.rowsOf(PlantedScenarios.SWAPCARD));
        ScanFileWriters.pretixXlsx(scans.resolve(WEB_SUMMIT).resolve("websummit-2026-leads.xlsx"),
                webSummit.rowsOf(PlantedScenarios.PRETIX), webSummit.zone);
        ScanFileWriters.gitexXls(scans.resolve(GITEX).resolve("GITEX26_scans.xls"), gitex.rowsOf(PlantedScenarios.GITEX));
        new SalesforceWriter(crm).writeAll(out.resolve("crm"));
        new HubSpotWriter(crm).writeAll(out.resolve("crm"), "2026-10-30");
        SampleOpportunities.writeSalesforce(crm, out.resolve("crm"));
        SampleOpportunities.writeHubSpot(crm, out.resolve("crm"), "2026-10-30");
    }

    /** The register. gitex-2026 is deliberately absent. Blank qualifying_types = the default EMAIL;CALL;MEETING. */
    private static void writeRegister(Path file) throws IOException {
        new CsvText(',', "\n", false)
                .row("code", "name", "start_date", "end_date", "time_zone", "sla", "country", "qualifying_types", "holidays")
                .row(HANNOVER, "Hannover Messe 2026", "2026-04-27", "2026-04-30", "Europe/Berlin", "2bd", "DE", "",
                        "2026-05-01")
                .row(DREAMFORCE, "Dreamforce 2026", "2026-10-13", "2026-10-15", "America/Los_Angeles", "48h", "US",
                        "EMAIL;CALL;MEETING;LINKEDIN", "")
                .row(WEB_SUMMIT, "Web Summit 2026", "2026-10-26", "2026-10-29", "Europe/Lisbon", "5bd", "PT", "", "")
                .write(file);
    }

    /** Deletes only what the generator writes, so a hand-written README.md survives. */
    private static void clean(Path out) throws IOException {
        Files.createDirectories(out);
        Files.deleteIfExists(out.resolve("campaigns.csv"));
        for (String dir : List.of("badge-scans", "crm")) {
            Path d = out.resolve(dir);
            if (Files.exists(d)) {
                try (Stream<Path> walk = Files.walk(d)) {
                    for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
                        Files.delete(p);
                    }
                }
            }
        }
    }
}
