package com.leadaudit.report;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.security.SecureRandom;
import java.util.HexFormat;

/**
 * Writes a file so that readers only ever see the previous complete file or the new complete file (§10): the
 * content goes to {@code .<name>.tmp-<random>} in the same directory, is forced to disk, and is then renamed over
 * the target in one step. On any failure the temporary file is deleted and the previous file is untouched.
 */
final class AtomicFileWriter {

    @FunctionalInterface
    interface Body {
        void writeTo(OutputStream out) throws IOException;
    }

    private static final SecureRandom RANDOM = new SecureRandom();

    private AtomicFileWriter() {
    }

    static void write(Path target, Body body) throws IOException {
        Path dir = target.toAbsolutePath().getParent();
        Files.createDirectories(dir);
        String prefix = tempPrefix(target);
        deleteLeftovers(dir, prefix);
        Path temp = dir.resolve(prefix + HexFormat.of().toHexDigits(RANDOM.nextLong()));
        boolean moved = false;
        try {
            // CREATE_NEW rather than Files.createTempFile: the latter makes the file owner-only (0600), and that
            // mode would survive the rename and lock out the people the workbook is for.
            try (FileChannel channel = FileChannel.open(temp, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE)) {
                OutputStream out = new BufferedOutputStream(Channels.newOutputStream(channel), 1 << 16);
                body.writeTo(out);
                out.flush();
                channel.force(true);
            }
            Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            moved = true;
            syncDirectory(dir);
        } finally {
            if (!moved) {
                Files.deleteIfExists(temp);
            }
        }
    }

    static String tempPrefix(Path target) {
        return "." + target.getFileName() + ".tmp-";
    }

    /**
     * Removes temporary files a killed run left for this target. Safe because only one run writes reports at a
     * time (§11) and within a run each target is written once.
     */
    private static void deleteLeftovers(Path dir, String prefix) throws IOException {
        // Exactly prefix + 16 hex digits, so another target whose name merely starts the same is never touched.
        try (DirectoryStream<Path> stale = Files.newDirectoryStream(dir, p -> isTempOf(p, prefix))) {
            for (Path p : stale) {
                Files.deleteIfExists(p);
            }
        }
    }

    private static boolean isTempOf(Path p, String prefix) {
        String name = p.getFileName().toString();
        return name.startsWith(prefix) && name.substring(prefix.length()).matches("[0-9a-f]{16}");
    }

    /** Makes the rename itself durable; not possible on every platform (Windows), where it is skipped. */
    private static void syncDirectory(Path dir) {
        try (FileChannel channel = FileChannel.open(dir, StandardOpenOption.READ)) {
            channel.force(true);
        } catch (IOException | UnsupportedOperationException e) {
            // The file content is already on disk; only the directory entry may lag behind a power cut.
        }
    }
}
