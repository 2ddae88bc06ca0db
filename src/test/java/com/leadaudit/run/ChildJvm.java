package com.leadaudit.run;

import java.io.File;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.stream.Stream;

/**
 * The command line of a leadaudit child JVM ({@link LeadAuditProcess}), started about sixty times by one test JVM
 * (RestartAfterKillTest: 28 kill points, two runs each). Most of a child's start is loading the same classes again, so
 * after one complete run has recorded them (JDK's dynamic class-data archive, {@code -XX:ArchiveClassesAtExit}) the
 * later children map them from that archive: about a second less per child on a 2-core VM (docs/benchmarks.md session
 * 32). The JVM archives classes from jars only, so the test class path's directories are packed into jars once.
 * Nothing here changes what a child does: with no archive (not yet recorded, or one this JVM cannot use) it starts
 * as before, and the JVM's notes about the archive are kept out of the child's output.
 */
final class ChildJvm {

    private static final List<String> OPTIONS = List.of("-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC", "-Xmx512m",
            "-Xlog:cds*=off");
    private static Path dir;
    private static String classPath;

    private ChildJvm() {
    }

    /**
     * {@code java <options> -cp <class path> mainClass}; {@code record} asks the child to write the archive at its exit
     * when none exists yet ({@link #keepArchive} decides afterwards whether it counts).
     */
    static synchronized List<String> command(String mainClass, boolean record) {
        prepare();
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(OPTIONS);
        if (Files.isRegularFile(archive())) {
            command.add("-XX:SharedArchiveFile=" + archive());
        } else if (record) {
            command.add("-XX:ArchiveClassesAtExit=" + recording());
        }
        command.add("-cp");
        command.add(classPath);
        command.add(mainClass);
        return command;
    }

    /**
     * After a recording child ended as a complete run does: its archive is used from now on. A child that was killed
     * or failed may have left a partial file, which is removed instead.
     */
    static synchronized void keepArchive(boolean completed) {
        Path recording = recording();
        try {
            if (completed && Files.isRegularFile(recording)) {
                Files.move(recording, archive(), StandardCopyOption.ATOMIC_MOVE);
            } else {
                Files.deleteIfExists(recording);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Path archive() {
        return dir.resolve("children.jsa");
    }

    private static Path recording() {
        return dir.resolve("children.jsa.recording");
    }

    private static void prepare() {
        if (dir != null) {
            return;
        }
        try {
            dir = Files.createTempDirectory("leadaudit-child-jvm");
            Runtime.getRuntime().addShutdownHook(new Thread(() -> LeadAuditProcess.deleteTree(dir)));
            List<String> entries = new ArrayList<>();
            int n = 0;
            for (String entry : System.getProperty("java.class.path").split(File.pathSeparator)) {
                Path path = Path.of(entry);
                if (Files.isDirectory(path)) {
                    Path jar = dir.resolve("classes-" + (n++) + ".jar");
                    pack(path, jar);
                    entries.add(jar.toString());
                } else {
                    entries.add(entry);
                }
            }
            classPath = String.join(File.pathSeparator, entries);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The files under {@code folder} as a jar (no manifest: the children's SoftwareVersion stays a development
     * build).
     */
    private static void pack(Path folder, Path jar) throws IOException {
        try (OutputStream file = Files.newOutputStream(jar); JarOutputStream out = new JarOutputStream(file);
             Stream<Path> files = Files.walk(folder)) {
            for (Path f : (Iterable<Path>) files.sorted()::iterator) {
                String name = folder.relativize(f).toString().replace(File.separatorChar, '/');
                if (name.isEmpty()) {
                    continue;
                }
                if (Files.isDirectory(f)) {
                    out.putNextEntry(new JarEntry(name + "/"));
                } else {
                    out.putNextEntry(new JarEntry(name));
                    Files.copy(f, out);
                }
                out.closeEntry();
            }
        }
    }
}
