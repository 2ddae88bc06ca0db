package com.leadaudit.sample;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.LocalDateTime;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

/**
 * Makes an xlsx byte-stable. POI stamps every zip entry with the current time (and the core properties with
 * "now" unless set), so two runs differ in a few bytes although the sheets are equal. Re-zipping with a fixed
 * local entry time (setTimeLocal: independent of the JVM's time zone) and the same entry order gives identical
 * bytes on the same JDK; across JDKs only the deflate output could differ, never the content.
 */
final class StableZip {

    private StableZip() {
    }

    static byte[] normalise(byte[] zip, LocalDateTime entryTime) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip));
             ZipOutputStream out = new ZipOutputStream(bytes)) {
            out.setLevel(6);
            for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
                ZipEntry copy = new ZipEntry(e.getName());
                copy.setTimeLocal(entryTime);
                out.putNextEntry(copy);
                in.transferTo(out);
                out.closeEntry();
            }
        }
        return bytes.toByteArray();
    }
}
