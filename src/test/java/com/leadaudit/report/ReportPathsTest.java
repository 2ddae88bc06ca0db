package com.leadaudit.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ReportPathsTest {

    static final Path REPORTS = Path.of("/srv/leadaudit/reports");
    static final LocalDate DAY = LocalDate.of(2026, 4, 28);
    static final Path FOLDER = REPORTS.resolve("2026-04-28");

    @Test
    void aPlainCodeIsTheFileName() {
        assertThat(ReportPaths.campaignWorkbook(REPORTS, DAY, "ber-2026")).isEqualTo(FOLDER.resolve("ber-2026.xlsx"));
        assertThat(ReportPaths.campaignWorkbook(REPORTS, DAY, "Expo_2026.v2")).isEqualTo(FOLDER.resolve("Expo_2026.v2.xlsx"));
        assertThat(ReportPaths.portfolio(REPORTS, DAY)).isEqualTo(FOLDER.resolve("portfolio.xlsx"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"../../etc", "../passwd", "..", "/etc/passwd", "a/../../b", "c:\\windows\\system32",
            "con", "CON", "nul.txt", "portfolio", "Portfolio", "...hidden", "東京2026", "münchen", "a b", "x\u0000y",
            "\u202Egnp.exe"})
    void anyCodeStaysInsideTheDatedFolderAsASafeName(String code) {
        Path file = ReportPaths.campaignWorkbook(REPORTS, DAY, code);
        assertThat(file.getParent()).isEqualTo(FOLDER);
        String name = file.getFileName().toString();
        assertThat(name).matches("[A-Za-z0-9_-][A-Za-z0-9._-]*\\.xlsx").doesNotStartWith(".");
        assertThat(name.length()).isLessThanOrEqualTo(ReportPaths.MAX_NAME_LENGTH + ".xlsx".length());
        assertThat(name).isNotEqualToIgnoringCase("portfolio.xlsx").doesNotStartWithIgnoringCase("con.");
    }

    @Test
    void reducedCodesKeepAHashSoDifferentCodesNeverShareAFile() {
        Path tokyo = ReportPaths.campaignWorkbook(REPORTS, DAY, "東京2026");
        Path osaka = ReportPaths.campaignWorkbook(REPORTS, DAY, "大阪2026");
        assertThat(tokyo).isNotEqualTo(osaka);
        assertThat(tokyo.getFileName().toString()).matches("__2026-[0-9a-f]{8}\\.xlsx");
        // Stable across runs, so a re-run replaces the same file.
        assertThat(ReportPaths.campaignWorkbook(REPORTS, DAY, "東京2026")).isEqualTo(tokyo);
        assertThat(ReportPaths.campaignWorkbook(REPORTS, DAY, "münchen").getFileName().toString())
                .startsWith("munchen-");
        assertThat(ReportPaths.campaignWorkbook(REPORTS, DAY, "../../etc").getFileName().toString())
                .matches("_.._etc-[0-9a-f]{8}\\.xlsx");
        assertThat(ReportPaths.campaignWorkbook(REPORTS, DAY, "con").getFileName().toString())
                .matches("con-[0-9a-f]{8}\\.xlsx");
        assertThat(ReportPaths.campaignWorkbook(REPORTS, DAY, "..").getFileName().toString())
                .matches("campaign-[0-9a-f]{8}\\.xlsx");
    }

    @Test
    void longCodesAreCutToAHundredCharactersAndStayDistinct() {
        String a = "x".repeat(150) + "a";
        String b = "x".repeat(150) + "b";
        String nameA = ReportPaths.campaignWorkbook(REPORTS, DAY, a).getFileName().toString();
        assertThat(nameA).hasSize(100 + ".xlsx".length());
        assertThat(nameA).isNotEqualTo(ReportPaths.campaignWorkbook(REPORTS, DAY, b).getFileName().toString());
        assertThat(ReportPaths.campaignWorkbook(REPORTS, DAY, "y".repeat(100)).getFileName().toString())
                .isEqualTo("y".repeat(100) + ".xlsx");
    }

    @ParameterizedTest
    @ValueSource(strings = {"", " ", "\t"})
    void anEmptyCodeIsRefused(String code) {
        assertThatThrownBy(() -> ReportPaths.campaignWorkbook(REPORTS, DAY, code))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aNullCodeIsRefused() {
        assertThatThrownBy(() -> ReportPaths.campaignWorkbook(REPORTS, DAY, null))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void relativeReportFoldersWorkToo() {
        assertThat(ReportPaths.campaignWorkbook(Path.of("reports"), DAY, "../x"))
                .isEqualTo(Path.of("reports", "2026-04-28").resolve(ReportPaths.safeFileName("../x") + ".xlsx"));
    }
}
