package com.leadaudit;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Issue 16 / code review 2.4: the main packages follow the data's path (read → import → leads / CRM → matches →
 * touches → statuses → figures → workbooks, with the run wiring on top) and depend on each other without a cycle, so
 * each can be read, changed and tested from the ones below it. Reads the sources: every {@code com.leadaudit.x.Y}
 * named in a main class (import or fully qualified) is an edge from its package to x. A new cycle fails here with the
 * packages that form it.
 */
class PackageCyclesTest {

    private static final Path MAIN = Path.of("src/main/java/com/leadaudit");
    private static final Pattern REFERENCE = Pattern.compile("\\bcom\\.leadaudit\\.([a-z][a-z0-9.]*?)\\.[A-Z]");

    @Test
    void mainPackagesDependOnEachOtherWithoutCycles() throws IOException {
        Map<String, Set<String>> uses = dependencies();
        assertThat(uses).containsKeys("io", "importing", "scan", "crm", "matching", "followup", "figures", "report",
                "run");

        List<List<String>> cycles = new ArrayList<>();
        for (String start : uses.keySet()) {
            findCycle(start, start, uses, new ArrayList<>(List.of(start)), new TreeSet<>(), cycles);
        }
        assertThat(cycles).as("package cycles in src/main/java (each listed from its smallest package)").isEmpty();
    }

    @Test
    void everyMainPackageSaysWhatItOwns() throws IOException {
        for (String pkg : dependencies().keySet()) {
            Path info = MAIN.resolve(pkg.replace('.', '/')).resolve("package-info.java");
            assertThat(info).as(pkg).exists();
            assertThat(Files.readString(info)).as(pkg).contains("/**").contains("package com.leadaudit." + pkg + ";");
        }
    }

    /** Depth-first from {@code start}; records each cycle once, from its alphabetically first package. */
    private static void findCycle(String start, String at, Map<String, Set<String>> uses, List<String> path,
                                  Set<String> seen, List<List<String>> cycles) {
        for (String next : uses.getOrDefault(at, Set.of())) {
            if (next.equals(start)) {
                if (path.stream().allMatch(p -> p.compareTo(start) >= 0)) {
                    List<String> cycle = new ArrayList<>(path);
                    cycle.add(start);
                    cycles.add(cycle);
                }
            } else if (next.compareTo(start) > 0 && seen.add(next)) {
                path.add(next);
                findCycle(start, next, uses, path, seen, cycles);
                path.remove(path.size() - 1);
            }
        }
    }

    private static Map<String, Set<String>> dependencies() throws IOException {
        Map<String, Set<String>> uses = new TreeMap<>();
        try (Stream<Path> files = Files.walk(MAIN)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                String pkg = MAIN.relativize(file.getParent()).toString().replace('/', '.');
                if (pkg.isEmpty()) {
                    continue;
                }
                Set<String> targets = uses.computeIfAbsent(pkg, p -> new TreeSet<>());
                Matcher m = REFERENCE.matcher(Files.readString(file));
                while (m.find()) {
                    if (!m.group(1).equals(pkg)) {
                        targets.add(m.group(1));
                    }
                }
            }
        }
        return uses;
    }
}
