package com.leadaudit.run;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A run that starts the embedded PostgreSQL says in its log when the kernel would give the server's memory in huge
 * pages on request and the environment does not ask (HugePagesAdvice): said while Spring Boot's logging is not yet
 * set up, it must still reach the log. The CLI as operators start it, in a child JVM.
 */
@EmbeddedDatabaseOnly
class HugePagesAdviceLogTest {

    private static final String ADVICE = "set GLIBC_TUNABLES=glibc.malloc.hugetlb=1";

    @TempDir
    Path temp;

    @Test
    void advisesInTheLogOnlyWhenHugePagesAreOnRequestAndNotAskedFor() throws Exception {
        Path thp = Path.of("/sys/kernel/mm/transparent_hugepage/enabled");
        boolean onRequest = Files.isReadable(thp) && Files.readString(thp).contains("[madvise]");

        Files.createDirectories(temp.resolve("plain"));
        Files.createDirectories(temp.resolve("asking"));
        var plain = LeadAuditProcess.embedded(temp.resolve("plain").resolve("data"), Map.of())
                .command("purge", "--older-than", "100000");
        var asking = LeadAuditProcess.embedded(temp.resolve("asking").resolve("data"),
                Map.of("GLIBC_TUNABLES", "glibc.malloc.hugetlb=1")).command("purge", "--older-than", "100000");

        assertThat(plain.code()).as(plain.toString()).isZero();
        assertThat(asking.code()).as(asking.toString()).isZero();
        if (onRequest) {
            assertThat(plain.out() + plain.err()).as(plain.toString()).contains(ADVICE);
        } else {
            assertThat(plain.out() + plain.err()).doesNotContain(ADVICE);
        }
        assertThat(asking.out() + asking.err()).doesNotContain(ADVICE);
    }
}
