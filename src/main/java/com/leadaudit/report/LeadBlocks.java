package com.leadaudit.report;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;

/**
 * A Leads sheet's lead rows as written: blocks of a fixed number of rows, each deflated on its own (Issue #17, #15).
 * A later night whose leads changed in a few rows takes the blocks whose rows show the same as before from the
 * earlier workbook's compressed bytes, and writes only the others. Whether a block's rows show the same is told by
 * its hash: the MD5 of the hashes of its rows' values as the database gives them, in sheet order
 * ({@link ReportQueries#LEAD_BLOCK_HASHES}); a block made from rows without a hash has none and is never taken.
 *
 * <p>Each block is a deflate stream of its own, ended by a sync flush and not marked final, so the blocks, a
 * deflated head before them and a finished tail after them read as one stream ({@link LeadBlockWriter}).
 *
 * @param start  where the first block begins in the sheet's compressed zip entry (after the deflated head)
 * @param blocks in sheet order; a block's offset counts from {@code start}
 */
record LeadBlocks(long start, List<Block> blocks) {

    /**
     * One block: {@code rows} lead rows, {@code size} bytes of XML with CRC-32 {@code crc}, deflated to
     * {@code compressedSize} bytes at {@code offset}.
     */
    record Block(String hash, int rows, long crc, long size, long offset, long compressedSize) {
    }

    /** What a block's hash is compared with: its rows and their hash as the database gives them now. */
    record Hash(int rows, String hash) {
    }

    /**
     * The blocks holding a lead changed since an earlier sheet was written, ascending, and the campaign's lead count
     * now; from the change log (V20), which lists updated leads only: their rows keep their places.
     */
    record Changed(int leads, int[] blocks) {
    }

    LeadBlocks {
        blocks = List.copyOf(blocks);
    }

    /** The lead rows of every block together. */
    int rows() {
        return blocks.stream().mapToInt(Block::rows).sum();
    }

    /**
     * What every row's XML depends on besides the row's values and its position: the software that writes it, the
     * time zone its times are shown in, the columns and the rows per block. Blocks are taken only from a workbook
     * with the same basis (and, checked when assembling, the same styles).
     */
    static String basis(String softwareVersion, String timeZone, int rowsPerBlock, List<LeadColumn> columns) {
        StringBuilder text = new StringBuilder("lead blocks v1|").append(softwareVersion).append('|').append(timeZone)
                .append('|').append(rowsPerBlock);
        for (LeadColumn column : columns) {
            text.append('|').append(column.header().length()).append(':').append(column.header());
        }
        return md5(text.toString());
    }

    /** The hash of a block from its rows' hashes, as {@link ReportQueries#LEAD_BLOCK_HASHES} makes it in SQL. */
    static String blockHash(CharSequence rowHashesJoinedByComma) {
        return md5(rowHashesJoinedByComma.toString());
    }

    /** One line per block, fields by ':' — what table report_file keeps in leads_blocks. */
    String encode() {
        StringBuilder out = new StringBuilder().append(start);
        for (Block b : blocks) {
            out.append('\n').append(b.hash() == null ? "-" : b.hash()).append(':').append(b.rows()).append(':')
                    .append(b.crc()).append(':').append(b.size()).append(':').append(b.offset()).append(':')
                    .append(b.compressedSize());
        }
        return out.toString();
    }

    /** @throws IllegalArgumentException when {@code text} is not what {@link #encode} writes */
    static LeadBlocks decode(String text) {
        String[] lines = text.split("\n");
        List<Block> blocks = new ArrayList<>(lines.length - 1);
        try {
            for (int i = 1; i < lines.length; i++) {
                String[] f = lines[i].split(":");
                if (f.length != 6) {
                    throw new IllegalArgumentException("lead block " + i + " has " + f.length + " fields");
                }
                blocks.add(new Block(f[0].equals("-") ? null : f[0], Integer.parseInt(f[1]), Long.parseLong(f[2]),
                        Long.parseLong(f[3]), Long.parseLong(f[4]), Long.parseLong(f[5])));
            }
            return new LeadBlocks(Long.parseLong(lines[0]), blocks);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("not a lead block list: " + e.getMessage(), e);
        }
    }

    private static String md5(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("MD5")
                    .digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform has MD5", e);
        }
    }
}
