package com.leadaudit.formats;

import com.leadaudit.campaign.Campaign;
import com.leadaudit.importing.TableFileImporter;
import com.leadaudit.io.DateOrder;
import com.leadaudit.run.LeadAuditMain;
import com.leadaudit.scan.BadgeScanImporter;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicLong;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Imports one badge-scan file through the real importer into the database named by SPRING_DATASOURCE_URL (or the
 * embedded one under {@code leadaudit.data-dir}), then prints one line of facts. Run in a child JVM with a capped
 * heap, so a memory test measures only the import, not the test runner around it.
 *
 * <p>Arguments: file, path as stored, campaign code.
 */
public final class ImportOneFileMain {

    private ImportOneFileMain() {
    }

    public static void main(String[] args) throws Exception {
        Path file = Path.of(args[0]);
        Campaign campaign = FormatFixtures.campaign(args[2], "Europe/Berlin", "DE");
        SpringApplication app = new SpringApplication(LeadAuditMain.class);
        try (ConfigurableApplicationContext context = app.run()) {
            BadgeScanImporter importer = context.getBean(BadgeScanImporter.class);
            HeapPeak peak = HeapPeak.start();
            long started = System.nanoTime();
            TableFileImporter.Result result = importer.importFile(file, args[1], campaign, DateOrder.MONTH_FIRST);
            double seconds = (System.nanoTime() - started) / 1e9;
            peak.stop();
            System.out.printf("IMPORT outcome=%s rows=%d rejected=%d seconds=%.1f baselineMb=%d peakUsedMb=%d "
                            + "poolPeaksMb=%d maxHeapMb=%d%n", result.outcome(), result.dataRows(), result.rejectedRows(),
                    seconds, peak.baselineMb(), peak.sampledMb(), peak.poolPeaksMb(),
                    Runtime.getRuntime().maxMemory() / (1024 * 1024));
        }
    }

    /**
     * The heap actually in use, sampled every 50 ms (an honest peak, garbage included), and the sum of the heap pools'
     * own peaks since the start (an upper bound: the pools need not peak together).
     */
    private static final class HeapPeak {
        private final AtomicLong maxUsed = new AtomicLong();
        private final long baseline = used();
        private final Thread sampler;
        private volatile boolean running = true;

        private HeapPeak() {
            sampler = new Thread(() -> {
                while (running) {
                    maxUsed.accumulateAndGet(used(), Math::max);
                    try {
                        Thread.sleep(50);
                    } catch (InterruptedException e) {
                        return;
                    }
                }
            }, "heap-sampler");
            sampler.setDaemon(true);
        }

        static HeapPeak start() {
            System.gc();
            ManagementFactory.getMemoryPoolMXBeans().forEach(MemoryPoolMXBean::resetPeakUsage);
            HeapPeak peak = new HeapPeak();
            peak.sampler.start();
            return peak;
        }

        void stop() throws InterruptedException {
            running = false;
            sampler.join();
        }

        /** In use right after the context started and a full GC: the application itself, before the file. */
        long baselineMb() {
            return baseline / (1024 * 1024);
        }

        private static long used() {
            Runtime rt = Runtime.getRuntime();
            return rt.totalMemory() - rt.freeMemory();
        }

        long sampledMb() {
            return maxUsed.get() / (1024 * 1024);
        }

        long poolPeaksMb() {
            return ManagementFactory.getMemoryPoolMXBeans().stream().filter(p -> p.getType() == MemoryType.HEAP)
                    .mapToLong(p -> p.getPeakUsage().getUsed()).sum() / (1024 * 1024);
        }
    }
}
