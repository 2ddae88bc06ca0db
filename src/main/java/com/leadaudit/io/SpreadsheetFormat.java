package com.leadaudit.io;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

/** The three layouts leadaudit reads. Which one a file is comes from its bytes: users rename files freely. */
public enum SpreadsheetFormat {
    XLSX, XLS, CSV;

    private static final int HEAD_BYTES = 4096;

    public static SpreadsheetFormat detect(Path file) throws UnreadableFileException {
        byte[] head = readHead(file);
        if (head.length == 0) {
            throw new UnreadableFileException("the file is empty");
        }
        if (FileSignatures.isZip(head)) {
            return ZipProbe.classify(file);
        }
        if (FileSignatures.isOle2(head)) {
            return Ole2Probe.classify(file);
        }
        String foreign = FileSignatures.describeForeign(head);
        if (foreign != null) {
            throw new UnreadableFileException(foreign);
        }
        if (TextSniffer.looksBinary(head)) {
            throw new UnreadableFileException(
                    "the file is not a spreadsheet or CSV: it contains binary data that is not text");
        }
        String markup = TextSniffer.describeMarkup(head);
        if (markup != null) {
            throw new UnreadableFileException(markup);
        }
        return CSV;
    }

    private static byte[] readHead(Path file) throws UnreadableFileException {
        if (Files.isDirectory(file)) {
            throw new UnreadableFileException("the path is a folder, not a file");
        }
        try (InputStream in = Files.newInputStream(file)) {
            return in.readNBytes(HEAD_BYTES);
        } catch (NoSuchFileException e) {
            throw new UnreadableFileException("the file does not exist (it may have been moved or deleted)", e);
        } catch (AccessDeniedException e) {
            throw new UnreadableFileException("the file cannot be opened: permission denied", e);
        } catch (IOException e) {
            throw new UnreadableFileException("the file cannot be read from disk: " + e.getMessage(), e);
        }
    }
}
