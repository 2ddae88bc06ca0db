package com.leadaudit.report;

import java.io.BufferedOutputStream;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.SequenceInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.zip.CRC32;
import java.util.zip.DataFormatException;
import java.util.zip.Deflater;
import java.util.zip.Inflater;
import java.util.zip.ZipEntry;

import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipArchiveOutputStream;

/**
 * Writes a Leads sheet's lead rows as {@link LeadBlocks}: each block's XML deflated on its own into a temporary file,
 * or a block of an earlier workbook taken as it was. {@link #writeEntry} then puts the sheet's zip entry together:
 * the sheet's XML up to its last row deflated, the blocks, the rest deflated and finished; its CRC is combined from
 * the parts' ({@link Crc32Combine}), so a block taken is read only to check it. Blocks are added in sheet order;
 * one writer per sheet and thread.
 */
final class LeadBlockWriter implements Closeable {

    private static final byte[] SHEET_DATA_END = "</sheetData>".getBytes(StandardCharsets.US_ASCII);

    private final int rowsPerBlock;
    private final Path file;
    private final OutputStream out;
    private final Deflater deflater = new Deflater(Deflater.BEST_SPEED, true);
    private final byte[] deflated = new byte[1 << 16];
    private final CRC32 crc = new CRC32();
    private final List<LeadBlocks.Block> blocks = new ArrayList<>();
    private long offset;
    private int rows;
    private int taken;
    private Path takenFrom;
    private LeadBlocks written;

    // the block being filled
    private byte[] xml = new byte[1 << 16];
    private int xmlLength;
    private int blockRows;
    private final StringBuilder rowHashes = new StringBuilder();
    private boolean hashed = true;

    LeadBlockWriter(int rowsPerBlock) throws IOException {
        if (rowsPerBlock < 1) {
            throw new IllegalArgumentException("rows per lead block must be at least 1, not " + rowsPerBlock);
        }
        this.rowsPerBlock = rowsPerBlock;
        this.file = Files.createTempFile("leadaudit-leads", ".deflated");
        this.out = new BufferedOutputStream(Files.newOutputStream(file), 1 << 16);
    }

    int rowsPerBlock() {
        return rowsPerBlock;
    }

    /** Appends one lead row's XML; {@code hash} is the hash of its values, null when the source has none. */
    void row(byte[] bytes, int length, Long hash) throws IOException {
        if (xmlLength + length > xml.length) {
            xml = Arrays.copyOf(xml, Math.max(xml.length * 2, xmlLength + length));
        }
        System.arraycopy(bytes, 0, xml, xmlLength, length);
        xmlLength += length;
        if (hash == null) {
            hashed = false;
        } else if (hashed) {
            if (blockRows > 0) {
                rowHashes.append(',');
            }
            rowHashes.append(hash.longValue());
        }
        blockRows++;
        rows++;
        if (blockRows == rowsPerBlock) {
            seal();
        }
    }

    /**
     * Takes block {@code earlier} of the workbook {@code from} as it is: {@code bytes} are its compressed bytes as
     * read from the earlier sheet's zip entry. They are inflated once to check their length and CRC against what was
     * noted when they were written.
     *
     * @throws SheetTransplant.Mismatch when the bytes are not the block noted
     */
    void take(LeadBlocks.Block earlier, byte[] bytes, Path from) throws IOException {
        if (blockRows != 0) {
            // the block before had fewer rows than the hashes said: the leads changed between two reads
            throw new SheetTransplant.Mismatch("a lead block is taken only between blocks, not after " + blockRows
                    + " rows");
        }
        if (bytes.length != earlier.compressedSize() || !inflatesTo(bytes, earlier.size(), earlier.crc())) {
            throw new SheetTransplant.Mismatch("lead block at " + earlier.offset() + " of " + from.getFileName()
                    + " is not the block noted");
        }
        out.write(bytes);
        blocks.add(new LeadBlocks.Block(earlier.hash(), earlier.rows(), earlier.crc(), earlier.size(), offset,
                bytes.length));
        offset += bytes.length;
        rows += earlier.rows();
        taken++;
        takenFrom = from;
    }

    /** The blocks so far, in sheet order; offsets count from the first. */
    List<LeadBlocks.Block> blocks() {
        return List.copyOf(blocks);
    }

    /** Lead rows so far, written or taken. */
    int rows() {
        return rows;
    }

    /** Blocks taken from an earlier workbook. */
    int taken() {
        return taken;
    }

    /** The workbook blocks were taken from, whose styles the rows refer to; null when none was taken. */
    Path takenFrom() {
        return takenFrom;
    }

    /** Ends the last block, however many rows it has; call once all rows are in. */
    void finish() throws IOException {
        if (blockRows > 0) {
            seal();
        }
        out.flush();
    }

    /** The blocks as placed in the entry by {@link #writeEntry}. */
    LeadBlocks written() {
        if (written == null) {
            throw new IllegalStateException("the sheet's entry has not been written");
        }
        return written;
    }

    /**
     * Adds the sheet's zip entry to {@code zip}: {@code sheetXml} (the sheet as written without lead rows) with the
     * blocks put before its {@code </sheetData>}.
     */
    void writeEntry(String name, long time, byte[] sheetXml, ZipArchiveOutputStream zip) throws IOException {
        int split = lastIndexOf(sheetXml, SHEET_DATA_END);
        if (split < 0) {
            throw new IllegalStateException(name + " has no </sheetData>");
        }
        byte[] head = deflate(sheetXml, 0, split, false);
        byte[] tail = deflate(sheetXml, split, sheetXml.length - split, true);
        crc.reset();
        crc.update(sheetXml, 0, split);
        long combined = crc.getValue();
        long size = split;
        for (LeadBlocks.Block block : blocks) {
            combined = Crc32Combine.combine(combined, block.crc(), block.size());
            size += block.size();
        }
        crc.reset();
        crc.update(sheetXml, split, sheetXml.length - split);
        combined = Crc32Combine.combine(combined, crc.getValue(), sheetXml.length - split);
        size += sheetXml.length - split;

        ZipArchiveEntry entry = new ZipArchiveEntry(name);
        entry.setMethod(ZipEntry.DEFLATED);
        entry.setTime(time);
        entry.setCrc(combined);
        entry.setSize(size);
        entry.setCompressedSize(head.length + offset + tail.length);
        try (InputStream blocksIn = Files.newInputStream(file);
             InputStream raw = new SequenceInputStream(new ByteArrayInputStream(head),
                     new SequenceInputStream(blocksIn, new ByteArrayInputStream(tail)))) {
            zip.addRawArchiveEntry(entry, raw);
        }
        written = new LeadBlocks(head.length, blocks);
    }

    private void seal() throws IOException {
        crc.reset();
        crc.update(xml, 0, xmlLength);
        byte[] bytes = deflate(xml, 0, xmlLength, false);
        out.write(bytes);
        blocks.add(new LeadBlocks.Block(hashed ? LeadBlocks.blockHash(rowHashes) : null, blockRows, crc.getValue(),
                xmlLength, offset, bytes.length));
        offset += bytes.length;
        xmlLength = 0;
        blockRows = 0;
        rowHashes.setLength(0);
        hashed = true;
    }

    /**
     * A deflate stream of its own (no dictionary from what came before); unless {@code last}, ended by a sync flush
     * on a byte boundary and not marked final, so that what follows continues the stream.
     */
    private byte[] deflate(byte[] data, int from, int length, boolean last) {
        deflater.reset();
        deflater.setInput(data, from, length);
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(Math.max(64, length / 6));
        if (last) {
            deflater.finish();
            while (!deflater.finished()) {
                bytes.write(deflated, 0, deflater.deflate(deflated));
            }
        } else {
            int n;
            do {
                n = deflater.deflate(deflated, 0, deflated.length, Deflater.SYNC_FLUSH);
                bytes.write(deflated, 0, n);
            } while (n == deflated.length);
        }
        return bytes.toByteArray();
    }

    private boolean inflatesTo(byte[] bytes, long size, long expectedCrc) {
        Inflater inflater = new Inflater(true);
        try {
            inflater.setInput(bytes);
            crc.reset();
            long total = 0;
            int n;
            // on until all input is used and nothing is pending: a full buffer may leave output behind
            do {
                n = inflater.inflate(deflated);
                crc.update(deflated, 0, n);
                total += n;
            } while (n > 0 || !(inflater.needsInput() || inflater.finished() || inflater.needsDictionary()));
            return total == size && crc.getValue() == expectedCrc && !inflater.finished();
        } catch (DataFormatException e) {
            return false;
        } finally {
            inflater.end();
        }
    }

    private static int lastIndexOf(byte[] data, byte[] part) {
        for (int i = data.length - part.length; i >= 0; i--) {
            if (Arrays.equals(data, i, i + part.length, part, 0, part.length)) {
                return i;
            }
        }
        return -1;
    }

    @Override
    public void close() throws IOException {
        deflater.end();
        try {
            out.close();
        } finally {
            Files.deleteIfExists(file);
        }
    }
}
