package com.leadaudit.formats;

import static org.assertj.core.api.Assertions.assertThat;

import com.leadaudit.AuditTest;
import com.leadaudit.campaign.Campaign;
import com.leadaudit.importing.TableFileImporter;
import com.leadaudit.io.DateOrder;
import com.leadaudit.scan.BadgeScanImporter;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * One realistic export per badge-scan layout SPEC §4 names, imported by the real importer into the real database,
 * and every stored field of every row checked: recognising a layout is only half the job, each column must also
 * land in the right field with the right normalisation.
 */
@AuditTest
class BadgeScanFormatsTest {

    @Autowired
    BadgeScanImporter importer;

    @Autowired
    JdbcTemplate jdbc;

    @TempDir
    Path input;

    StoredRows stored;

    @BeforeEach
    void readStoredRows() {
        stored = new StoredRows(jdbc);
    }

    @Test
    void cventLeadCaptureWorkbookWithTitleRowsMergedBannerAndDateCells() throws Exception {
        String path = "badge-scans/hm/LeadCapture_Export.xlsx";
        BadgeScanWorkbooks.cventLeadCapture(input.resolve(path));

        TableFileImporter.Result result = importScans(path, FormatFixtures.campaign("hm", "Europe/Berlin", "DE"));

        assertThat(result.outcome()).isEqualTo(TableFileImporter.Outcome.IMPORTED);
        assertThat(result.dataRows()).isEqualTo(3);
        Map<String, String> anna = stored.row("scan", path, 5);
        assertThat(anna).containsEntry("scanned_local", "2026-04-20T10:15:00")
                .containsEntry("scanned_instant", null)
                .containsEntry("capture_estimated", "false")
                .containsEntry("first_name", "Anna").containsEntry("last_name", "Schmidt")
                .containsEntry("email", "anna.schmidt@acme-robotics.de")
                .containsEntry("email_norm", "anna.schmidt@acme-robotics.de")
                .containsEntry("company", "Acme Robotics GmbH").containsEntry("company_key", "acme robotics")
                .containsEntry("title", "Head of Automation")
                .containsEntry("phone", "+49 511 1234567").containsEntry("phone_e164", "+495111234567")
                .containsEntry("country", "Germany").containsEntry("badge_id", "")
                // the booth staff member, not the device, is who scanned
                .containsEntry("scanned_by", "Kai Berg")
                .containsEntry("rating_raw", "true").containsEntry("rating", "HOT")
                .containsEntry("notes", "Wants a demo in May")
                .containsEntry("answers", "{\"Which product line interests you?\": \"Cobots\"}")
                .containsEntry("name_key", "anna schmidt").containsEntry("last_name_key", "schmidt");
        Map<String, String> jonas = stored.row("scan", path, 6);
        assertThat(jonas).containsEntry("scanned_local", "2026-04-20T14:42:30")
                .containsEntry("email", "").containsEntry("email_norm", null)
                .containsEntry("phone", "0171 2345678").containsEntry("phone_e164", "+491712345678")
                // no booth staff column value: the device scanned
                .containsEntry("scanned_by", "South Hall")
                .containsEntry("rating_raw", "false").containsEntry("rating", "COLD")
                .containsEntry("answers", null);
        assertThat(stored.rejected(path)).containsExactly("7: no identity: no valid email, no name and no badge id");
    }

    @Test
    void swapcardWorkbookWithSeparateDateAndTimeCells() throws Exception {
        String path = "badge-scans/ny/swapcard-leads.xlsx";
        BadgeScanWorkbooks.swapcardXlsx(input.resolve(path));

        importScans(path, FormatFixtures.campaign("ny", "America/New_York", "US"));

        assertThat(stored.row("scan", path, 2)).containsEntry("scanned_local", "2026-03-27T16:15:00")
                .containsEntry("first_name", "Priya").containsEntry("last_name", "Raman")
                .containsEntry("title", "VP Engineering").containsEntry("company", "Bluefin Analytics Inc.")
                .containsEntry("company_key", "bluefin analytics")
                .containsEntry("email_norm", "priya@bluefin.example").containsEntry("country", "United States")
                .containsEntry("scanned_by", "Tom Reyes").containsEntry("notes", "Follow up on API pricing")
                .containsEntry("rating", "UNRATED").containsEntry("answers", null);
        // the time typed as text rather than a time cell
        assertThat(stored.row("scan", path, 3)).containsEntry("scanned_local", "2026-03-28T09:05:00")
                .containsEntry("company_key", "cole sons");
    }

    @Test
    void talqueLeadListHasNoScanTimeSoCaptureIsEstimatedWithAWarning() {
        String path = "badge-scans/hm/talque-lead-list.csv";
        FormatFixtures.copy("badge-scans/talque-lead-list.csv", input, path);

        importScans(path, FormatFixtures.campaign("hm", "Europe/Berlin", "DE"));

        assertThat(stored.row("scan", path, 2)).containsEntry("scanned_local", null)
                .containsEntry("scanned_instant", null).containsEntry("capture_estimated", "true")
                .containsEntry("first_name", "Sofia").containsEntry("last_name", "Lindqvist")
                .containsEntry("email_norm", "sofia.lindqvist@nordkraft.example")
                .containsEntry("company", "Nordkraft AB").containsEntry("title", "Procurement Lead")
                .containsEntry("country", "Sweden")
                // "Origin" (chat, profile view, scan) describes the contact, it answers no question
                .containsEntry("answers", null);
        assertThat(stored.row("scan", path, 3)).containsEntry("first_name", "Tomás")
                .containsEntry("email", "tomas.herrera@solaria.example")
                .containsEntry("email_norm", "tomas.herrera@solaria.example")
                .containsEntry("company", "Solaria Energía S.L.").containsEntry("company_key", "solaria energia");
        assertThat(stored.row("scan", path, 4)).containsEntry("email_norm", null).containsEntry("name_key", "mei tanaka");
        assertThat(stored.warnings(path)).containsExactly("0: capture time estimated: the file has no scan-time "
                + "column, so every scan counts as captured at the end of the campaign's last day");
    }

    @Test
    void pretixLeadsWithOffsetTimesZeroToFiveRatingsAndDeviceNames() {
        String path = "badge-scans/hm/pretix-leads.csv";
        FormatFixtures.copy("badge-scans/pretix-leads.csv", input, path);

        importScans(path, FormatFixtures.campaign("hm", "Europe/Berlin", "DE"));

        Map<String, String> first = stored.row("scan", path, 2);
        assertThat(first).containsEntry("scanned_local", null).containsEntry("badge_id", "Q7XK2M9PL4")
                .containsEntry("first_name", "Lena Maria").containsEntry("last_name", "Ott")
                .containsEntry("email_norm", "lena.ott@ottwerke.example").containsEntry("company", "Ott Werke KG")
                .containsEntry("company_key", "ott werke").containsEntry("title", "Head of Purchasing")
                .containsEntry("scanned_by", "Entrance tablet").containsEntry("rating_raw", "5")
                .containsEntry("rating", "HOT").containsEntry("notes", "Needs 40 units, call before June")
                .containsEntry("answers", null);
        // the offset fixes the instant: 14:03:11+02:00 is 12:03:11Z whatever the campaign's zone
        assertThat(StoredRows.instant(first.get("scanned_instant"))).isEqualTo(Instant.parse("2026-05-12T12:03:11Z"));
        assertThat(stored.row("scan", path, 3)).containsEntry("rating", "WARM").containsEntry("scanned_by", "Booth phone 2")
                .containsEntry("first_name", "Jan de").containsEntry("last_name", "Vries");
        // the same code submitted again after the demo is a second scan; leads merge it later
        assertThat(stored.row("scan", path, 4)).containsEntry("badge_id", "Q7XK2M9PL4")
                .containsEntry("rating_raw", "0").containsEntry("rating", "UNRATED")
                .containsEntry("notes", "Updated note after the demo");
    }

    @Test
    void jubliaStyleHotWarmColdUnscoredRatingsAndFullNames() {
        String path = "badge-scans/sg/jublia-leads.csv";
        FormatFixtures.copy("badge-scans/jublia-leads.csv", input, path);

        importScans(path, FormatFixtures.campaign("sg", "Asia/Singapore", "SG"));

        assertThat(stored.row("scan", path, 2)).containsEntry("scanned_local", "2026-06-03T09:41:00")
                .containsEntry("first_name", "Wei Ling").containsEntry("last_name", "Tan")
                .containsEntry("company", "Merlion Logistics Pte Ltd").containsEntry("company_key", "merlion logistics")
                .containsEntry("title", "Operations Director")
                .containsEntry("phone", "+65 9123 4567").containsEntry("phone_e164", "+6591234567")
                .containsEntry("rating", "HOT").containsEntry("notes", "Asked for pricing")
                .containsEntry("answers", "{\"Product Interests\": \"Cold chain; Fleet telematics\"}");
        assertThat(stored.row("scan", path, 3)).containsEntry("rating", "WARM")
                .containsEntry("phone_e164", "+6598123456");
        // "Last, First" is the other way round
        assertThat(stored.row("scan", path, 4)).containsEntry("first_name", "Thi Hoa")
                .containsEntry("last_name", "Nguyen").containsEntry("rating", "COLD");
        assertThat(stored.row("scan", path, 5)).containsEntry("rating_raw", "Unscored")
                .containsEntry("rating", "UNRATED");
    }

    @Test
    void frenchHeadersInAWindows1252SemicolonFile() {
        String path = "badge-scans/paris/salon-paris-scans.csv";
        FormatFixtures.copy("badge-scans/salon-paris-scans.csv", input, path);

        importScans(path, FormatFixtures.campaign("paris", "Europe/Paris", "FR"));

        assertThat(stored.row("scan", path, 2)).containsEntry("scanned_local", "2026-03-14T15:20:00")
                .containsEntry("first_name", "Élodie").containsEntry("last_name", "Lefèvre")
                .containsEntry("email_norm", "elodie.lefevre@chateau-vins.example")
                .containsEntry("company", "Château Vins SARL").containsEntry("title", "Directrice achats")
                .containsEntry("phone", "01 42 68 53 00").containsEntry("phone_e164", "+33142685300")
                .containsEntry("country", "France").containsEntry("scanned_by", "Hélène Roux")
                .containsEntry("rating_raw", "Chaud").containsEntry("rating", "HOT")
                .containsEntry("notes", "Très intéressée");
        assertThat(stored.row("scan", path, 3)).containsEntry("scanned_local", "2026-03-15T09:05:00")
                .containsEntry("first_name", "Benoît").containsEntry("company_key", "girard fils")
                .containsEntry("phone_e164", "+33612345678").containsEntry("rating", "WARM");
    }

    @Test
    void spanishHeadersWithDayFirstDatesSettledByTheFile() {
        String path = "badge-scans/madrid/feria-madrid-escaneos.csv";
        FormatFixtures.copy("badge-scans/feria-madrid-escaneos.csv", input, path);

        // month-first is the configured default; "21/03/2026" further down proves this file is day-first
        importScans(path, FormatFixtures.campaign("madrid", "Europe/Madrid", "ES"));

        assertThat(stored.row("scan", path, 2)).containsEntry("scanned_local", "2026-03-05T11:00:00")
                .containsEntry("first_name", "Lucía").containsEntry("last_name", "Fernández García")
                .containsEntry("email_norm", "lucia.fernandez@aceites-sur.example")
                .containsEntry("company", "Aceites del Sur S.A.").containsEntry("title", "Jefa de compras")
                .containsEntry("phone_e164", "+34912345678").containsEntry("country", "España")
                .containsEntry("scanned_by", "Pablo Ruiz").containsEntry("rating", "HOT")
                .containsEntry("notes", "Quiere muestras");
        assertThat(stored.row("scan", path, 3)).containsEntry("scanned_local", "2026-03-21T16:45:00")
                .containsEntry("phone_e164", "+34612345678").containsEntry("rating", "COLD");
    }

    @Test
    void germanHeadersInALegacyXlsWithATitleRow() throws Exception {
        String path = "badge-scans/hm/messe-kontakte.xls";
        BadgeScanWorkbooks.messeXls(input.resolve(path));

        importScans(path, FormatFixtures.campaign("hm", "Europe/Berlin", "DE"));

        assertThat(stored.row("scan", path, 3)).containsEntry("scanned_local", "2026-04-22T14:05:00")
                .containsEntry("first_name", "Jürgen").containsEntry("last_name", "Groß")
                .containsEntry("email_norm", "j.gross@grosswerk.example")
                .containsEntry("company", "Großwerk AG").containsEntry("company_key", "grosswerk")
                .containsEntry("title", "Einkaufsleiter")
                .containsEntry("phone", "+49 (0)89 1234-567").containsEntry("phone_e164", "+49891234567")
                .containsEntry("country", "Deutschland").containsEntry("scanned_by", "Lena Ott")
                .containsEntry("rating_raw", "heiß").containsEntry("rating", "HOT")
                .containsEntry("notes", "Rückruf KW 18")
                .containsEntry("answers", "{\"Interesse an\": \"Schweißroboter\"}");
        assertThat(stored.row("scan", path, 4)).containsEntry("scanned_local", "2026-04-23T09:30:00")
                .containsEntry("rating_raw", "B").containsEntry("rating", "WARM").containsEntry("phone_e164", null);
    }

    private TableFileImporter.Result importScans(String path, Campaign campaign) {
        return importer.importFile(input.resolve(path), path, campaign, DateOrder.MONTH_FIRST);
    }
}
