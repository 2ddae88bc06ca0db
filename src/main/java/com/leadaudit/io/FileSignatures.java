package com.leadaudit.io;

import java.nio.charset.StandardCharsets;

/** Magic numbers at the start of a file: the only trustworthy hint of what it is. */
final class FileSignatures {

    private static final byte[] ZIP_ENTRY = {'P', 'K', 3, 4};
    private static final byte[] ZIP_EMPTY = {'P', 'K', 5, 6};
    private static final byte[] OLE2 = {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A,
            (byte) 0xE1};

    private record Foreign(byte[] magic, String reason) {
    }

    private static final Foreign[] FOREIGN = {
            new Foreign(ascii("%PDF"), "the file is a PDF, not a spreadsheet"),
            new Foreign(new byte[]{(byte) 0x89, 'P', 'N', 'G'}, "the file is an image (PNG), not a spreadsheet"),
            new Foreign(new byte[]{(byte) 0xFF, (byte) 0xD8, (byte) 0xFF}, "the file is an image (JPEG), not a spreadsheet"),
            new Foreign(ascii("GIF8"), "the file is an image (GIF), not a spreadsheet"),
            new Foreign(new byte[]{0x1F, (byte) 0x8B}, "the file is a compressed archive (gzip), not a spreadsheet"),
            new Foreign(ascii("Rar!"), "the file is a compressed archive (RAR), not a spreadsheet"),
            new Foreign(new byte[]{'7', 'z', (byte) 0xBC, (byte) 0xAF}, "the file is a compressed archive (7-Zip), not a spreadsheet"),
    };

    private FileSignatures() {
    }

    static boolean isZip(byte[] head) {
        return startsWith(head, ZIP_ENTRY) || startsWith(head, ZIP_EMPTY);
    }

    static boolean isOle2(byte[] head) {
        return startsWith(head, OLE2);
    }

    /** A sentence naming a well-known non-spreadsheet format, or null. */
    static String describeForeign(byte[] head) {
        for (Foreign f : FOREIGN) {
            if (startsWith(head, f.magic())) {
                return f.reason();
            }
        }
        return null;
    }

    static boolean startsWith(byte[] data, byte[] prefix) {
        if (data.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if (data[i] != prefix[i]) {
                return false;
            }
        }
        return true;
    }

    private static byte[] ascii(String s) {
        return s.getBytes(StandardCharsets.US_ASCII);
    }
}
