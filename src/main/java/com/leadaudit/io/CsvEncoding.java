package com.leadaudit.io;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.PushbackReader;
import java.io.Reader;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.channels.SeekableByteChannel;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The character set of a CSV and how many BOM bytes precede the text. Excel on Windows writes "ANSI"
 * (Windows-1252) unless told otherwise, and only a full pass can tell that apart from UTF-8: the first accented
 * name may sit on row 50,000.
 */
record CsvEncoding(Charset charset, int bomLength) {

    static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

    private static final int CHUNK = 64 * 1024;

    static CsvEncoding detect(Path file) throws IOException {
        byte[] head;
        try (InputStream in = Files.newInputStream(file)) {
            head = in.readNBytes(4096);
        }
        if (head.length >= 3 && (head[0] & 0xFF) == 0xEF && (head[1] & 0xFF) == 0xBB && (head[2] & 0xFF) == 0xBF) {
            return new CsvEncoding(StandardCharsets.UTF_8, 3);
        }
        Charset utf16 = TextSniffer.utf16ByteOrder(head);
        if (utf16 != null) {
            boolean hasBom = head.length >= 2 && ((head[0] & 0xFF) == 0xFF || (head[0] & 0xFF) == 0xFE);
            return new CsvEncoding(utf16, hasBom ? 2 : 0);
        }
        return new CsvEncoding(isValidUtf8(file) ? StandardCharsets.UTF_8 : WINDOWS_1252, 0);
    }

    /**
     * The text after the BOM. Undecodable bytes become U+FFFD rather than aborting the file: one bad byte should
     * cost one cell. Further BOM characters (a file saved twice over) are skipped as well: left in front of a
     * quoted header they would stop the CSV parser from seeing the opening quote.
     */
    Reader openReader(Path file) throws IOException {
        InputStream in = Files.newInputStream(file);
        try {
            in.skipNBytes(bomLength);
            CharsetDecoder decoder = charset.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPLACE)
                    .onUnmappableCharacter(CodingErrorAction.REPLACE);
            PushbackReader reader = new PushbackReader(new InputStreamReader(in, decoder), 1);
            int first = reader.read();
            while (first == '\uFEFF') {
                first = reader.read();
            }
            if (first >= 0) {
                reader.unread(first);
            }
            return reader;
        } catch (IOException e) {
            in.close();
            throw e;
        }
    }

    private static boolean isValidUtf8(Path file) throws IOException {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer bytes = ByteBuffer.allocate(CHUNK);
        CharBuffer chars = CharBuffer.allocate(CHUNK);
        try (SeekableByteChannel channel = Files.newByteChannel(file)) {
            boolean eof = false;
            while (!eof) {
                eof = channel.read(bytes) < 0;
                bytes.flip();
                CoderResult result;
                do {
                    chars.clear();
                    result = decoder.decode(bytes, chars, eof);
                    if (result.isError()) {
                        return false;
                    }
                } while (result.isOverflow());
                bytes.compact();
            }
            chars.clear();
            return !decoder.flush(chars).isError();
        }
    }
}
