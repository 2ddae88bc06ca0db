package com.leadaudit.figures;

import static org.assertj.core.api.Assertions.assertThat;

import com.leadaudit.AuditTest;
import com.leadaudit.SeedRows;
import java.io.IOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * SPEC §9 as FiguresRepository's SQL computes it from seven seeded leads of one campaign: the rates, percentiles
 * equal to Excel's PERCENTILE.INC over the hours (date-only touches count in the rates, not in the hours), scans read
 * from the files that count, and the staff figures counting a lead once for every member who scanned it.
 */
@AuditTest
@DisplayName("SPEC §9 Figures per campaign (FiguresRepository)")
class CampaignFiguresTest {

    private static final String AS_OF = "2026-04-30";

    @Autowired
    FiguresRepository figures;

    @Autowired
    JdbcTemplate jdbc;

    SeedRows seed;

    /**
     * status, hours, rating, staff, first touch by, CRM owner: Kai scanned leads 1, 2, 5 and 6, Ute 1, 4 and 7, and
     * nobody was recorded for lead 3. Lead 5's touch was date-only (no hours); lead 7 is not in the CRM.
     */
    @BeforeEach
    void sevenLeads() {
        seed = new SeedRows(jdbc);
        seed.campaign("hm", "Europe/Berlin", "2bd", "CALL;EMAIL;MEETING", Instant.parse("2026-04-30T21:59:59.999Z"));
        lead(1, "ON_TIME", "1.0", "HOT", List.of("Kai Berg", "Ute Kraus"), "Eva Roth", 2);
        lead(2, "LATE", "10.0", "HOT", List.of("Kai Berg"), "Eva Roth", 1);
        lead(3, "ON_TIME", "2.0", "WARM", List.of(), "Paul Seidel", 1);
        lead(4, "ON_TIME", "4.0", "WARM", List.of("Ute Kraus"), "Paul Seidel", 1);
        lead(5, "ON_TIME", null, "COLD", List.of("Kai Berg"), "Paul Seidel", 1);
        lead(6, "OVERDUE", null, "COLD", List.of("Kai Berg"), null, 1);
        lead(7, "OPEN", null, "UNRATED", List.of("Ute Kraus"), null, 1);
        scanFile("badge-scans/hm/a.csv", "IMPORTED", true, 6, 1);
        scanFile("badge-scans/hm/b.csv", "IMPORTED", true, 4, 1);
        scanFile("badge-scans/hm/rejected.csv", "REJECTED", true, 9, 9); // rejected whole: not scans read
        scanFile("badge-scans/hm/gone.csv", "IMPORTED", false, 5, 0); // no longer in the input
    }

    @Test
    void ratesCountsAndPercentilesOfTheCampaign() throws IOException {
        figures.record(AS_OF, Instant.parse("2026-05-01T02:00:00Z"));

        Map<String, Object> row = jdbc.queryForMap("SELECT * FROM campaign_figures WHERE campaign_code = 'hm'");
        assertThat(row).containsEntry("scans_read", 10L).containsEntry("rows_rejected", 2L)
                .containsEntry("duplicates", 1L).containsEntry("leads", 7L).containsEntry("leads_in_crm", 6L)
                .containsEntry("on_time", 4L).containsEntry("late", 1L).containsEntry("overdue", 1L)
                .containsEntry("open", 1L);
        // compliance = ON_TIME / (ON_TIME + LATE + OVERDUE); followed up = (ON_TIME + LATE) / leads
        assertThat((Double) row.get("sla_compliance")).isEqualTo(4.0 / 6);
        assertThat((Double) row.get("followed_up")).isEqualTo(5.0 / 7);
        // hours 1, 2, 4, 10: PERCENTILE.INC gives 3.0 and 8.2
        assertThat(row).containsEntry("median_hours", 3.0).containsEntry("p90_hours", 8.2);
        assertThat(row.get("median_hours")).isEqualTo(excelPercentile(0.5, 1, 2, 4, 10));
        assertThat(row.get("p90_hours")).isEqualTo(excelPercentile(0.9, 1, 2, 4, 10));
    }

    @Test
    void aLeadCountsForEveryStaffMemberWhoScannedItAndOnceElsewhere() throws IOException {
        figures.record(AS_OF, Instant.parse("2026-05-01T02:00:00Z"));

        assertThat(groups("STAFF")).containsExactly(
                "(not recorded) 1 1/0/0/0 2 2",
                "Kai Berg 4 2/1/1/0 5.5 9.1",
                "Ute Kraus 3 2/0/0/1 2.5 3.7");
        assertThat(jdbc.queryForObject("SELECT p90_hours FROM group_figures WHERE grp = 'Kai Berg'", Double.class))
                .isEqualTo(excelPercentile(0.9, 1, 10));
        // the owner of the first touch, else of the CRM record, else not in the CRM
        assertThat(groups("OWNER")).containsExactly(
                "(not in CRM) 1 0/0/0/1 null null",
                "Eva Roth 3 1/1/1/0 5.5 9.1",
                "Paul Seidel 3 3/0/0/0 3 3.8");
        assertThat(groups("RATING")).hasSize(4);
    }

    private List<String> groups(String dimension) {
        return jdbc.queryForList("""
                SELECT grp || ' ' || leads || ' ' || on_time || '/' || late || '/' || overdue || '/' || open
                       || ' ' || COALESCE(median_hours::text, 'null') || ' ' || COALESCE(p90_hours::text, 'null')
                FROM group_figures WHERE campaign_code = 'hm' AND as_of = ? AND dimension = ?
                ORDER BY grp COLLATE "C\"""", String.class, AS_OF, dimension);
    }

    /** What Excel's PERCENTILE (= PERCENTILE.INC) gives for these values, rounded half-up to one decimal (§9). */
    private static double excelPercentile(double k, double... values) throws IOException {
        try (XSSFWorkbook workbook = new XSSFWorkbook()) {
            Sheet sheet = workbook.createSheet();
            for (int i = 0; i < values.length; i++) {
                sheet.createRow(i).createCell(0).setCellValue(values[i]);
            }
            Cell formula = sheet.createRow(values.length).createCell(0);
            formula.setCellFormula("PERCENTILE(A1:A" + values.length + "," + k + ")");
            double excel = workbook.getCreationHelper().createFormulaEvaluator().evaluate(formula).getNumberValue();
            return BigDecimal.valueOf(excel).setScale(1, RoundingMode.HALF_UP).doubleValue();
        }
    }

    private void lead(int n, String status, String hours, String rating, List<String> staff, String touchedBy,
                      int scans) {
        Map<String, Object> columns = new HashMap<>(Map.of("status", status, "rating", rating, "staff", staff,
                "scans", scans));
        columns.put("hours_to_touch", hours == null ? null : new BigDecimal(hours));
        columns.put("first_touch_by", touchedBy);
        columns.put("match_tier", n == 7 ? null : "EMAIL");
        columns.put("crm_owner", n == 6 ? "Eva Roth" : null);
        seed.lead("hm", "e:lead" + n + "@elbe.example", Instant.parse("2026-04-20T08:00:00Z"), columns);
    }

    private void scanFile(String path, String status, boolean present, int rows, int rejected) {
        seed.insert("source_file", Map.of("path", path, "role", "BADGE_SCAN", "campaign_code", "hm", "sha256", path,
                "fingerprint", path, "size_bytes", 1, "status", status, "present", present, "data_rows", rows,
                "rejected_rows", rejected));
    }
}
