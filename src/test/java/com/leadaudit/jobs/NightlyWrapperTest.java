package com.leadaudit.jobs;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.io.TempDir;

/**
 * jobs/leadaudit-nightly.sh as cron runs it, with a stand-in for java that records what it was started with: the
 * environment the embedded database inherits, the JVM options, the exit code passed through, what cron would mail.
 */
@EnabledOnOs({OS.LINUX, OS.MAC})
class NightlyWrapperTest {

    @TempDir
    Path dir;

    @Test
    void asksForHugePagesAndRaisesTheJitThresholdsByDefault() throws Exception {
        var run = run(Map.of(), 0);

        assertThat(run.exit()).isZero();
        assertThat(run.seen()).containsExactly(
                "GLIBC_TUNABLES=glibc.malloc.hugetlb=1",
                "args=-Xmx1g -XX:CompileThresholdScaling=5 -jar " + dir.resolve("leadaudit.jar") + " run"
                        + " --input " + dir.resolve("in") + " --reports " + dir.resolve("out")
                        + " --data-dir " + dir.resolve("data"));
        assertThat(run.mailed()).isEmpty();
    }

    @Test
    void keepsTheOperatorsOwnSettingEvenAnEmptyOne() throws Exception {
        assertThat(run(Map.of("GLIBC_TUNABLES", "glibc.malloc.arena_max=2"), 0).seen())
                .first().isEqualTo("GLIBC_TUNABLES=glibc.malloc.arena_max=2");
        assertThat(run(Map.of("GLIBC_TUNABLES", ""), 0).seen()).first().isEqualTo("GLIBC_TUNABLES=");
    }

    @Test
    void passesLeadauditsExitCodeThroughAndSpeaksOnlyWhenSomeoneMustLook() throws Exception {
        var rejected = run(Map.of(), 3);
        assertThat(rejected.exit()).isEqualTo(3);
        assertThat(rejected.mailed()).contains("some rows or files were rejected");
        try (var logs = Files.list(dir.resolve("logs"))) {
            assertThat(Files.readString(logs.findFirst().orElseThrow()))
                    .contains("leadaudit run starting", "leadaudit run finished with exit code 3");
        }

        var failed = run(Map.of(), 1);
        assertThat(failed.exit()).isEqualTo(1);
        assertThat(failed.mailed()).contains("run failed (exit 1)");

        var busy = run(Map.of(), 75);
        assertThat(busy.exit()).isEqualTo(75);
        assertThat(busy.mailed()).isEmpty();
    }

    @Test
    void saysSoWhenItCannotWriteItsLog() throws Exception {
        Files.writeString(dir.resolve("not-a-folder"), "");

        var run = run(Map.of("LEADAUDIT_LOGS", dir.resolve("not-a-folder").resolve("logs").toString()), 0, false);

        assertThat(run.exit()).isEqualTo(1);
        assertThat(run.mailed()).contains("run failed (exit 1)");
    }

    private record Run(int exit, List<String> seen, String mailed) {
    }

    /** Runs the wrapper with a java that records GLIBC_TUNABLES and its arguments, then exits with {@code code}. */
    private Run run(Map<String, String> env, int code) throws IOException, InterruptedException {
        return run(env, code, true);
    }

    private Run run(Map<String, String> env, int code, boolean started) throws IOException, InterruptedException {
        Path record = dir.resolve("seen-" + System.nanoTime());
        Path java = dir.resolve("java");
        Files.writeString(java, """
                #!/usr/bin/env bash
                echo "GLIBC_TUNABLES=${GLIBC_TUNABLES-<unset>}" > "$RECORD"
                echo "args=$*" >> "$RECORD"
                exit "$CODE"
                """);
        Files.setPosixFilePermissions(java, PosixFilePermissions.fromString("rwxr-xr-x"));
        Path wrapper = Path.of("jobs/leadaudit-nightly.sh").toAbsolutePath();
        ProcessBuilder builder = new ProcessBuilder("bash", wrapper.toString()).redirectErrorStream(true);
        Map<String, String> environment = builder.environment();
        environment.remove("GLIBC_TUNABLES");
        environment.remove("JAVA_OPTS");
        environment.putAll(Map.of("JAVA", java.toString(), "RECORD", record.toString(),
                "CODE", Integer.toString(code), "LEADAUDIT_JAR", dir.resolve("leadaudit.jar").toString(),
                "LEADAUDIT_INPUT", dir.resolve("in").toString(),
                "LEADAUDIT_REPORTS", dir.resolve("out").toString(), "LEADAUDIT_DATA", dir.resolve("data").toString(),
                "LEADAUDIT_LOGS", dir.resolve("logs").toString()));
        environment.putAll(env);
        Process process = builder.start();
        String mailed = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
        return new Run(process.exitValue(), started ? Files.readAllLines(record) : List.of(), mailed.strip());
    }
}
