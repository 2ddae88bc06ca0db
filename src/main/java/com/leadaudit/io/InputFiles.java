package com.leadaudit.io;

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
        if (!Files.isDirectory(dir)) {
            return List.of();
        }
        try (Stream<Path> files = Files.walk(dir)) {
            return files.filter(Files::isRegularFile).filter(InputFiles::looksLikeExport).sorted().toList();
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
