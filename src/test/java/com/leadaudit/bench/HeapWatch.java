package com.leadaudit.bench;

import com.sun.management.GarbageCollectionNotificationInfo;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.lang.management.MemoryUsage;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import javax.management.Notification;
import javax.management.NotificationEmitter;
import javax.management.NotificationListener;
import javax.management.openmbean.CompositeData;

/**
 * Heap use while a run is in progress, three ways: the highest heap-in-use sampled every 20 ms (garbage included,
 * so it mostly says how far the collector let the heap fill), the sum of the heap pools' peak usage (the JVM's own
 * bookkeeping, MemoryPoolMXBean), and the highest heap in use right after a garbage collection — the best
 * available bound on what the run actually keeps alive, and the figure that must stay flat as inputs grow.
 */
final class HeapWatch implements AutoCloseable {

    record Peaks(long sampledUsed, long poolPeaks, long afterGc, int collections) {
    }

    private final AtomicLong sampled = new AtomicLong();
    private final AtomicLong afterGc = new AtomicLong();
    private final AtomicLong collections = new AtomicLong();
    private final Thread sampler;
    private final List<Runnable> unregister = new ArrayList<>();
    private volatile boolean running = true;

    HeapWatch() {
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) {
                pool.resetPeakUsage();
            }
        }
        NotificationListener listener = this::onGc;
        for (GarbageCollectorMXBean gc : ManagementFactory.getGarbageCollectorMXBeans()) {
            if (gc instanceof NotificationEmitter emitter) {
                emitter.addNotificationListener(listener, null, null);
                unregister.add(() -> {
                    try {
                        emitter.removeNotificationListener(listener);
                    } catch (Exception ignored) {
                        // already gone
                    }
                });
            }
        }
        sampler = new Thread(() -> {
            while (running) {
                sampled.accumulateAndGet(ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed(), Math::max);
                try {
                    Thread.sleep(20);
                } catch (InterruptedException e) {
                    return;
                }
            }
        }, "heap-watch");
        sampler.setDaemon(true);
        sampler.start();
    }

    private void onGc(Notification n, Object handback) {
        if (!GarbageCollectionNotificationInfo.GARBAGE_COLLECTION_NOTIFICATION.equals(n.getType())) {
            return;
        }
        GarbageCollectionNotificationInfo info = GarbageCollectionNotificationInfo.from((CompositeData) n.getUserData());
        long used = 0;
        for (Map.Entry<String, MemoryUsage> e : info.getGcInfo().getMemoryUsageAfterGc().entrySet()) {
            if (isHeapPool(e.getKey())) {
                used += e.getValue().getUsed();
            }
        }
        afterGc.accumulateAndGet(used, Math::max);
        collections.incrementAndGet();
    }

    private static boolean isHeapPool(String name) {
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getName().equals(name)) {
                return pool.getType() == MemoryType.HEAP;
            }
        }
        return false;
    }

    Peaks peaks() {
        long pools = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP && pool.getPeakUsage() != null) {
                pools += pool.getPeakUsage().getUsed();
            }
        }
        return new Peaks(sampled.get(), pools, afterGc.get(), (int) collections.get());
    }

    @Override
    public void close() {
        running = false;
        sampler.interrupt();
        unregister.forEach(Runnable::run);
    }
}
