package com.leadaudit.importing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

/**
 * The export files under an input folder. Which files to look at is decided by extension (what operators drop in);
 * what a file is, by its content. Office lock files ({@code ~$x.xlsx}) and hidden files are not exports.
 */
public final class InputFiles {

    private InputFiles() {
    }

    public static List<Path> under(Path dir) {
        return files(dir).stream().filter(InputFiles::looksLikeExport).toList();
    }

    /**
     * Files under {@code dir} that are not read: not a spreadsheet or CSV by their name (SPEC §4: named once in the
     * log). Hidden files and Office lock files are left out: nobody put those there as exports.
     */
    public static List<Path> notRead(Path dir) {
        return files(dir).stream().filter(f -> !looksLikeExport(f) && !f.getFileName().toString().startsWith(".")
                && !f.getFileName().toString().startsWith("~$")).toList();
    }

    /**
     * Every regular file under {@code dir}, in path order. A folder that is a symbolic link (an operator linking a
     * shared drive's export folder) is read where it points, its files named as if they lay here; links further
     * down are not followed, so a link loop cannot make the listing endless.
     */
    private static List<Path> files(Path dir) {
        if (!Files.isDirectory(dir)) {
            return List.of();
        }
        try {
            Path start = Files.isSymbolicLink(dir) ? dir.toRealPath() : dir;
            try (Stream<Path> files = Files.walk(start)) {
                return files.filter(f -> Files.isRegularFile(f, java.nio.file.LinkOption.NOFOLLOW_LINKS))
                        .map(f -> start == dir ? f : dir.resolve(start.relativize(f))).sorted().toList();
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list " + dir + ": " + e.getMessage(), e);
        }
    }

    /** Regular files directly in {@code dir} (not in its sub-folders). */
    public static List<Path> directlyIn(Path dir) {
        if (!Files.isDirectory(dir)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(dir)) {
            return files.filter(Files::isRegularFile).filter(f -> !f.getFileName().toString().startsWith("."))
                    .sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list " + dir + ": " + e.getMessage(), e);
        }
    }

    /** The path as shown to people and stored: relative to the input folder, with forward slashes. */
    public static String relative(Path inputDir, Path file) {
        return inputDir.toAbsolutePath().normalize().relativize(file.toAbsolutePath().normalize())
                .toString().replace('\\', '/');
    }

    private static boolean looksLikeExport(Path file) {
        String name = file.getFileName().toString();
        String lower = name.toLowerCase(Locale.ROOT);
        return !name.startsWith(".") && !name.startsWith("~$")
                && (lower.endsWith(".csv") || lower.endsWith(".xlsx") || lower.endsWith(".xls")
                || lower.endsWith(".txt") || lower.endsWith(".tsv"));
    }
}
