package com.leadaudit.bench;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * CPU a night used, read before and after it: the JVM's own (process CPU time), the part of the JVM's time its JIT
 * compilers spent compiling (as the JVM counts it: elapsed time in compilations, so on a busy machine it includes
 * waiting for a core), and the embedded PostgreSQL's. Wall times on a shared VM varied by a third between runs of one
 * build (docs/benchmarks.md); where the CPU went varies less, and it says which side a change saved on.
 *
 * <p>PostgreSQL's CPU is the postmaster's own, plus what it collected from the backends and parallel workers that
 * ended (its cutime and cstime in /proc), plus that of the processes still running. Sampling the processes alone
 * misses every process that ends between two samples. Linux only; elsewhere, and with a server elsewhere, -1.
 *
 * <p>And the whole machine's idle and steal time (/proc/stat): steal is time the hypervisor gave this VM's cores to
 * others, which a night's wall time includes and no process's CPU does (4–27 core-seconds of a cold night on session
 * 32's VM). Both -1 where /proc/stat cannot be read.
 */
record CpuTimes(long jvmNanos, long jitMillis, long postgresTicks, long idleTicks, long stealTicks) {

    private static final double TICKS_PER_SECOND = 100.0;  // USER_HZ, 100 on every Linux this runs on

    static CpuTimes now(Path pgData) {
        long jvm = processCpuNanos();
        var compilation = ManagementFactory.getCompilationMXBean();
        long jit = compilation != null && compilation.isCompilationTimeMonitoringSupported()
                ? compilation.getTotalCompilationTime() : -1;
        long[] machine = machineTicks();
        return new CpuTimes(jvm, jit, pgData == null ? -1 : postgresTicks(pgData.resolve("postmaster.pid")),
                machine[0], machine[1]);
    }

    /**
     * "JVM 80.1 s (JIT compiling 30.2 s), PostgreSQL 190.3 s; machine idle 20.5 s, steal 4.1 s" for the night from
     * before to this.
     */
    String since(CpuTimes before) {
        String pg = postgresTicks < 0 ? "n/a"
                : String.format(java.util.Locale.ROOT, "%.1f s", (postgresTicks - Math.max(0, before.postgresTicks))
                        / TICKS_PER_SECOND);
        return String.format(java.util.Locale.ROOT, "JVM %.1f s (JIT compiling %.1f s), PostgreSQL %s; machine idle %s,"
                        + " steal %s", (jvmNanos - before.jvmNanos) / 1e9, (jitMillis - before.jitMillis) / 1000.0, pg,
                seconds(idleTicks, before.idleTicks), seconds(stealTicks, before.stealTicks));
    }

    private static String seconds(long after, long before) {
        return after < 0 || before < 0 ? "n/a"
                : String.format(java.util.Locale.ROOT, "%.1f s", (after - before) / TICKS_PER_SECOND);
    }

    /** This JVM's CPU time in nanoseconds, -1 where the JVM does not say. */
    static long processCpuNanos() {
        return ManagementFactory.getOperatingSystemMXBean() instanceof com.sun.management.OperatingSystemMXBean os
                ? os.getProcessCpuTime() : -1;
    }

    /**
     * The first line of /proc/stat: {idle + iowait, steal, busy} of all cores, in ticks, busy being user + nice +
     * system + irq + softirq (steal is neither this machine's work nor idle); {-1, -1, -1} where unreadable.
     */
    static long[] machineTicks() {
        try {
            String[] f = Files.readAllLines(Path.of("/proc/stat")).get(0).trim().split("\\s+");
            // cpu user nice system idle iowait irq softirq steal ...
            return new long[] {Long.parseLong(f[4]) + Long.parseLong(f[5]), Long.parseLong(f[8]),
                Long.parseLong(f[1]) + Long.parseLong(f[2]) + Long.parseLong(f[3]) + Long.parseLong(f[6])
                        + Long.parseLong(f[7])};
        } catch (IOException | RuntimeException e) {
            return new long[] {-1, -1, -1};
        }
    }

    private static long postgresTicks(Path postmasterPid) {
        if (!Files.exists(postmasterPid)) {
            return 0;  // not started yet: a cold night starts it
        }
        try {
            List<String> lines = Files.readAllLines(postmasterPid);
            long pid = Long.parseLong(lines.get(0).strip());
            long[] sum = {ticks(pid)};
            ProcessHandle.of(pid).ifPresent(p -> p.children().forEach(c -> sum[0] += Math.max(0, ticks(c.pid()))));
            return sum[0];
        } catch (IOException | RuntimeException e) {
            return -1;
        }
    }

    /** utime + stime + cutime + cstime (its children that ended) of a process, in ticks; -1 when it is gone. */
    private static long ticks(long pid) {
        try {
            String stat = Files.readString(Path.of("/proc/" + pid + "/stat"));
            // the command name in parentheses may hold spaces: fields are counted after its closing parenthesis
            String[] f = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
            return Long.parseLong(f[11]) + Long.parseLong(f[12]) + Long.parseLong(f[13]) + Long.parseLong(f[14]);
        } catch (IOException | RuntimeException e) {
            return -1;
        }
    }
}
