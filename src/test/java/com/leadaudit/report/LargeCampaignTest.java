package com.leadaudit.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Consumer;

import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * 100,000 leads, generated on the fly so the test itself holds none of them: the writer must stream. Run it with
 * {@code -DargLine=-Xmx96m} to see the write fit in a small heap.
 */
@Tag("slow")
class LargeCampaignTest {

    static final int LEADS = 100_000;

    @TempDir
    Path reports;

    @Test
    void aHundredThousandLeadsAreWrittenWithFlatMemory() throws Exception {
        FakeCampaign big = FakeCampaign.berlin();
        LeadRow template = big.leads.get(0);
        Instant start = Instant.parse("2026-04-22T07:00:00Z");
        FakeCampaign streaming = new FakeCampaign() {
            @Override
            public void forEachLead(Consumer<LeadRow> consumer) {
                for (int i = 0; i < LEADS; i++) {
                    consumer.accept(generated(template, i, start));
                }
            }

            @Override
            public void forEachActionItem(Consumer<LeadRow> consumer) {
                for (int i = 0; i < LEADS / 4; i++) {
                    consumer.accept(generated(template, i, start));
                }
            }
        };
        streaming.withFiguresOf(big);

        Path target = ReportPaths.campaignWorkbook(reports, LocalDate.of(2026, 4, 28), "ber-2026");
        resetPeaks();
        new CampaignWorkbookWriter().write(streaming, target);
        long peakHeap = peakHeapBytes();

        assertThat(target).isRegularFile();
        assertThat(countRows(target, "Leads")).isEqualTo(LEADS + 1);
        assertThat(countRows(target, "Action List")).isEqualTo(LEADS / 4 + 1);
        // Generous bound: a workbook held in memory would need several hundred MB for this many cells.
        assertThat(peakHeap).as("peak heap during write").isLessThan(256L * 1024 * 1024);
    }

    private static LeadRow generated(LeadRow t, int i, Instant start) {
        Instant captured = start.plus(Duration.ofSeconds(7L * i));
        String[] statuses = {"ON_TIME", "LATE", "OVERDUE", "OPEN"};
        return new LeadRow("lead" + i + "@example.com", "First" + i, "Last" + i, "Company " + (i % 5000),
                t.title(), "+49 30 " + (1_000_000 + i), i % 3 == 0 ? "HOT" : "WARM", "booth-" + (i % 12), captured,
                1 + i % 3, i % 5 != 0, i % 5 != 0 ? "EMAIL" : null, "Owner " + (i % 40),
                i % 2 == 0 ? captured.plus(Duration.ofHours(5)) : null, null, i % 2 == 0 ? "EMAIL" : null,
                i % 2 == 0 ? "Owner " + (i % 40) : null, i % 2 == 0 ? 5.0 : null,
                captured.plus(Duration.ofHours(48)), statuses[i % 4], i % 10 == 0 ? "asked for pricing" : null,
                List.of("yes", "10k", "Q3"), "badge-scans/ber-2026/day" + (i % 3 + 1) + ".xlsx", i + 2);
    }

    /** Counts {@code <row>} elements of one sheet with a streaming XML read, never loading the sheet. */
    static long countRows(Path file, String sheetName) throws Exception {
        try (OPCPackage pkg = OPCPackage.open(file.toFile(), PackageAccess.READ)) {
            XSSFReader reader = new XSSFReader(pkg);
            XSSFReader.SheetIterator sheets = (XSSFReader.SheetIterator) reader.getSheetsData();
            while (sheets.hasNext()) {
                try (InputStream in = sheets.next()) {
                    if (sheets.getSheetName().equals(sheetName)) {
                        return countRowElements(in);
                    }
                }
            }
        }
        throw new AssertionError("no sheet " + sheetName);
    }

    private static long countRowElements(InputStream in) throws XMLStreamException {
        XMLStreamReader xml = XMLInputFactory.newFactory().createXMLStreamReader(in);
        long rows = 0;
        while (xml.hasNext()) {
            if (xml.next() == XMLStreamConstants.START_ELEMENT && xml.getLocalName().equals("row")) {
                rows++;
            }
        }
        return rows;
    }

    private static void resetPeaks() {
        System.gc();
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            pool.resetPeakUsage();
        }
    }

    // Sum of per-pool peaks: an upper bound of the real peak, which is what the assertion needs.
    private static long peakHeapBytes() {
        long sum = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) {
                sum += pool.getPeakUsage().getUsed();
            }
        }
        return sum;
    }

}
