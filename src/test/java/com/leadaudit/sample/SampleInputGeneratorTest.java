package com.leadaudit.sample;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Keeps the committed {@code input/} honest: regenerating must reproduce it. CSV and xls are compared byte for
 * byte; xlsx by the uncompressed content of every zip entry (deflate output may differ between JDKs, the sheets
 * may not). Fails when someone edits the generator without regenerating, or edits input/ by hand.
 */
class SampleInputGeneratorTest {

    private static final Path COMMITTED = Paths.get("input");

    @Test
    void regeneratingReproducesTheCommittedSample(@TempDir Path tmp) throws IOException {
        SampleInputGenerator.generate(tmp);
        List<String> generated = files(tmp);
        List<String> committed = files(COMMITTED);
        committed.remove("README.md");
        assertThat(committed).containsExactlyElementsOf(generated);
        for (String f : generated) {
            byte[] a = Files.readAllBytes(tmp.resolve(f));
            byte[] b = Files.readAllBytes(COMMITTED.resolve(f));
            if (f.endsWith(".xlsx")) {
                assertThat(entries(b)).as(f).isEqualTo(entries(a));
            } else {
                assertThat(b).as(f).isEqualTo(a);
            }
        }
    }

    @Test
    void generatingTwiceGivesIdenticalBytes(@TempDir Path tmp) throws IOException {
        SampleInputGenerator.generate(tmp.resolve("a"));
        SampleInputGenerator.generate(tmp.resolve("b"));
        for (String f : files(tmp.resolve("a"))) {
            assertThat(Files.readAllBytes(tmp.resolve("b").resolve(f))).as(f)
                    .isEqualTo(Files.readAllBytes(tmp.resolve("a").resolve(f)));
        }
    }

    @Test
    void plantedLeadsAreInTheSample() throws IOException {
        StringBuilder text = new StringBuilder();
        for (String f : files(COMMITTED)) {
            if (f.endsWith(".csv")) {
                text.append(Files.readString(COMMITTED.resolve(f), StandardCharsets.UTF_8));
            } else if (f.endsWith(".xlsx")) {
                entries(Files.readAllBytes(COMMITTED.resolve(f))).values().forEach(text::append);
            }
        }
        for (PlantedLeads.PlantedLead l : PlantedLeads.ALL) {
            if (!l.campaign().equals("gitex-2026")) {  // the .xls is binary (BIFF8 strings): not searchable as text
                assertThat(text).as(l.key()).contains(l.key());
            }
        }
    }

    private static List<String> files(Path root) throws IOException {
        try (Stream<Path> s = Files.walk(root)) {
            List<String> out = new ArrayList<>();
            s.filter(Files::isRegularFile).map(p -> root.relativize(p).toString().replace('\\', '/')).sorted()
                    .forEach(out::add);
            return out;
        }
    }

    private static Map<String, String> entries(byte[] zip) throws IOException {
        Map<String, String> m = new LinkedHashMap<>();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
            for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
                m.put(e.getName(), new String(in.readAllBytes(), StandardCharsets.UTF_8));
            }
        }
        return m;
    }
}
