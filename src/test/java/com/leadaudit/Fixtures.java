package com.leadaudit;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

/** Copies a fixture input folder from src/test/resources (or any folder) into a temporary folder a test may change. */
public final class Fixtures {

    private Fixtures() {
    }

    public static Path copy(String name, Path target) {
        return copyFolder(Path.of("src/test/resources/fixtures", name), target);
    }

    /** Copies any folder, such as the repository's sample {@code input/}. */
    public static Path copyFolder(Path source, Path target) {
        try (Stream<Path> files = Files.walk(source)) {
            for (Path file : (Iterable<Path>) files::iterator) {
                Path to = target.resolve(source.relativize(file).toString());
                if (Files.isDirectory(file)) {
                    Files.createDirectories(to);
                } else {
                    Files.copy(file, to);
                }
            }
            return target;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Writes {@code text} (UTF-8) to {@code path} under {@code input}, creating its folders: the small realistic
     * exports job tests write for themselves. Returns the file.
     */
    public static Path write(Path input, String path, String text) throws java.io.IOException {
        Path file = input.resolve(path).normalize();
        java.nio.file.Files.createDirectories(file.getParent());
        java.nio.file.Files.writeString(file, text, java.nio.charset.StandardCharsets.UTF_8);
        return file;
    }
}
