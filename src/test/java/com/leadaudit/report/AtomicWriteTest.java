package com.leadaudit.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.function.Consumer;
import java.util.stream.Stream;

import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AtomicWriteTest {

    @TempDir
    Path reports;

    @Test
    void writesIntoANewDatedFolderAndLeavesNoTemporaryFile() throws IOException {
        Path target = ReportPaths.campaignWorkbook(reports, LocalDate.of(2026, 4, 28), "ber-2026");
        new CampaignWorkbookWriter().write(FakeCampaign.berlin(), target);
        assertThat(target).isRegularFile();
        assertThat(list(target.getParent())).containsExactly("ber-2026.xlsx");
        try (XSSFWorkbook wb = Workbooks.open(target)) {
            assertThat(wb.getNumberOfSheets()).isEqualTo(7);
        }
    }

    @Test
    void aFailingSourceLeavesThePreviousWorkbookByteIdenticalAndNoTemporaryFile() throws IOException {
        Path target = reports.resolve("2026-04-28/ber-2026.xlsx");
        new CampaignWorkbookWriter().write(FakeCampaign.berlin(), target);
        byte[] before = Files.readAllBytes(target);

        FakeCampaign failing = new FakeCampaign() {
            @Override
            public void forEachLead(Consumer<LeadRow> consumer) {
                consumer.accept(FakeCampaign.berlin().leads.get(0));
                throw new UncheckedIOException(new IOException("database went away"));
            }
        };
        FakeCampaign good = FakeCampaign.berlin();
        failing.facts = good.facts;
        failing.figures = good.figures;
        failing.run = good.run;

        assertThatThrownBy(() -> new CampaignWorkbookWriter().write(failing, target))
                .hasMessageContaining("database went away");
        assertThat(Files.readAllBytes(target)).isEqualTo(before);
        assertThat(list(target.getParent())).containsExactly("ber-2026.xlsx");
    }

    @Test
    void aFailingSourceWithoutPreviousWorkbookLeavesNothing() throws IOException {
        Path target = reports.resolve("2026-04-28/ber-2026.xlsx");
        FakeCampaign failing = FakeCampaign.berlin();
        failing.dataQuality = null; // forEachDataQualityRow throws NullPointerException
        assertThatThrownBy(() -> new CampaignWorkbookWriter().write(failing, target))
                .isInstanceOf(NullPointerException.class);
        assertThat(list(target.getParent())).isEmpty();
    }

    @Test
    void temporaryFilesLeftByAKilledRunAreCleanedUpButOthersAreNot() throws IOException {
        Path folder = Files.createDirectories(reports.resolve("2026-04-28"));
        Path target = folder.resolve("ber-2026.xlsx");
        Files.writeString(folder.resolve(".ber-2026.xlsx.tmp-0123456789abcdef"), "half a workbook");
        Files.writeString(folder.resolve(".ber-2026.xlsx.tmp-x.xlsx.tmp-0123456789abcdef"), "another target's");
        Files.writeString(folder.resolve("notes.txt"), "someone's file");
        new CampaignWorkbookWriter().write(FakeCampaign.berlin(), target);
        assertThat(list(folder)).containsExactlyInAnyOrder("ber-2026.xlsx",
                ".ber-2026.xlsx.tmp-x.xlsx.tmp-0123456789abcdef", "notes.txt");
    }

    @Test
    void theWrittenFileIsReadableByOthersLikeAnyNewFile() throws IOException {
        Path target = reports.resolve("ber-2026.xlsx");
        Path plain = Files.writeString(reports.resolve("plain.txt"), "x");
        new CampaignWorkbookWriter().write(FakeCampaign.berlin(), target);
        if (Files.getFileStore(target).supportsFileAttributeView("posix")) {
            assertThat(Files.getPosixFilePermissions(target)).isEqualTo(Files.getPosixFilePermissions(plain));
        }
    }

    private static Stream<String> names(Path dir) throws IOException {
        return Files.list(dir).map(p -> p.getFileName().toString());
    }

    private static java.util.List<String> list(Path dir) throws IOException {
        try (Stream<String> names = names(dir)) {
            return names.sorted().toList();
        }
    }
}
