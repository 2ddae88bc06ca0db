package com.leadaudit.run.db;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * Whether the embedded PostgreSQL will take its private memory (sorts, hashes, temp buffers) in transparent huge pages,
 * and what to tell the operator when the kernel would give them but nobody asks. PostgreSQL does not ask itself;
 * glibc's malloc does when {@code GLIBC_TUNABLES} holds {@code glibc.malloc.hugetlb=1}, and the server inherits this
 * process's environment. A cold night of issue #17's shape made 1.7–2.5 million page faults in 4 KB pages, at 34–44
 * µs each on a busy PVM guest, about a quarter of the database's CPU (docs/benchmarks.md, session 26). The cron wrapper
 * sets the variable; a run started by hand gets this advice in its log instead of a silent slowdown.
 */
final class HugePagesAdvice {

    static final String TUNABLE = "glibc.malloc.hugetlb";

    private HugePagesAdvice() {
    }

    /**
     * @param thpEnabled    the text of /sys/kernel/mm/transparent_hugepage/enabled ({@code always [madvise] never}),
     *                      or null where there is none (not Linux)
     * @param glibcTunables the GLIBC_TUNABLES environment variable, or null
     * @return the advice, when the kernel gives huge pages only on request and the request is not set up
     */
    static Optional<String> advice(String thpEnabled, String glibcTunables) {
        if (thpEnabled == null || !"madvise".equals(selected(thpEnabled))) {
            return Optional.empty();  // "always": every large allocation gets them anyway; "never": nothing to gain
        }
        if (glibcTunables != null && asksForHugePages(glibcTunables)) {
            return Optional.empty();
        }
        return Optional.of("the embedded PostgreSQL runs without transparent huge pages for its sorts and hashes "
                + "(the kernel gives them on request only); set GLIBC_TUNABLES=" + TUNABLE + "=1 in the environment "
                + "(jobs/leadaudit-nightly.sh does): on virtual machines with costly page faults a night then runs "
                + "faster");
    }

    /** The advice for this machine and this process's environment, if any. */
    static Optional<String> forThisProcess() {
        return advice(kernelMode(), System.getenv("GLIBC_TUNABLES"));
    }

    /** The kernel's transparent huge page mode, or null where it has none to say (not Linux, not readable). */
    private static String kernelMode() {
        try {
            Path setting = Path.of("/sys/kernel/mm/transparent_hugepage/enabled");
            return Files.isReadable(setting) ? Files.readString(setting) : null;
        } catch (IOException | RuntimeException e) {
            return null;
        }
    }

    /** The bracketed choice of a sysfs setting such as {@code always [madvise] never}. */
    private static String selected(String setting) {
        int open = setting.indexOf('[');
        int close = setting.indexOf(']', open + 1);
        return open < 0 || close < 0 ? setting.strip() : setting.substring(open + 1, close);
    }

    /** glibc reads colon-separated name=value pairs; 1 asks for THP, 2 for reserved huge pages: either will do. */
    private static boolean asksForHugePages(String tunables) {
        for (String pair : tunables.split(":")) {
            int eq = pair.indexOf('=');
            if (eq > 0 && pair.substring(0, eq).strip().equals(TUNABLE)) {
                String value = pair.substring(eq + 1).strip();
                return !value.isEmpty() && !value.equals("0");
            }
        }
        return false;
    }
}
