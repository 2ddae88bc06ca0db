package com.leadaudit.report;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.stream.IntStream;

import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipFile;

/**
 * Writes the lead rows of a Leads sheet into a {@link LeadBlockWriter}: all of them, or — given an earlier workbook
 * of the campaign whose sheet has the same {@link LeadBlocks#basis} — only the blocks whose rows changed, with every
 * other block taken from that workbook. Issue #15's classic shape shows why: ten campaigns of 100,000 leads, each
 * with a few leads whose status changed overnight, wrote 108.5 MB sheets again in full every night.
 */
final class LeadSheetBlocks {

    /**
     * An earlier workbook of the campaign and the blocks of its Leads sheet, as noted when it was written, with the
     * campaign's lead_version then (null when not noted).
     */
    record Earlier(Path from, LeadBlocks blocks, Long leadVersion) {
        Earlier(Path from, LeadBlocks blocks) {
            this(from, blocks, null);
        }
    }

    private LeadSheetBlocks() {
    }

    /**
     * @param entry the zip entry of the Leads sheet (the same in every campaign workbook)
     * @throws SheetTransplant.Mismatch when the earlier workbook's blocks are not as noted, or the leads read do not
     *                                  hash as the blocks said; the caller writes the sheet in full
     */
    static void write(CampaignReportSource source, LeadTable table, LeadBlockWriter writer, Earlier earlier,
                      String entry) throws IOException {
        if (earlier != null && earlier.leadVersion() != null) {
            LeadBlocks.Changed changed = source.changedLeadBlocks(writer.rowsPerBlock(), earlier.leadVersion());
            if (changed != null && changed.leads() == earlier.blocks().rows()) {
                // Only updated leads since: every row is where it was, so the blocks are those of the earlier sheet.
                List<LeadBlocks.Block> before = earlier.blocks().blocks();
                boolean[] same = new boolean[before.size()];
                Arrays.fill(same, true);
                for (int k : changed.blocks()) {
                    if (k >= same.length) {
                        throw new SheetTransplant.Mismatch("changed lead block " + k + " of " + same.length);
                    }
                    same[k] = false;
                }
                // the blocks taken must be as noted; the others' hashes are known once they are written
                List<LeadBlocks.Hash> now = IntStream.range(0, before.size()).mapToObj(k -> new LeadBlocks.Hash(
                        before.get(k).rows(), same[k] ? before.get(k).hash() : null)).toList();
                patch(source, table, writer, earlier, entry, now, same);
                return;
            }
        }
        if (earlier != null) {
            List<LeadBlocks.Hash> now = source.leadBlockHashes(writer.rowsPerBlock());
            if (now != null) {
                boolean[] same = same(earlier.blocks().blocks(), now);
                if (IntStream.range(0, same.length).anyMatch(k -> same[k])) {
                    patch(source, table, writer, earlier, entry, now, same);
                    return;
                }
            }
        }
        int[] next = {1};
        source.forEachHashedLead((lead, hash) -> table.write(lead, next[0]++, hash, writer));
        writer.finish();
    }

    /**
     * The earlier workbook, open. One that cannot be read (deleted since it was noted, say) only means that this
     * sheet is written in full.
     */
    private static ZipFile open(Path workbook) {
        try {
            return ZipFile.builder().setPath(workbook).get();
        } catch (IOException e) {
            throw new SheetTransplant.Mismatch("cannot read " + workbook.getFileName() + ": " + e.getMessage());
        }
    }

    /** Which blocks show now what they showed in the earlier sheet: same position, rows and hash. */
    static boolean[] same(List<LeadBlocks.Block> before, List<LeadBlocks.Hash> now) {
        boolean[] same = new boolean[now.size()];
        for (int k = 0; k < now.size() && k < before.size(); k++) {
            LeadBlocks.Block b = before.get(k);
            same[k] = b.hash() != null && b.hash().equals(now.get(k).hash()) && b.rows() == now.get(k).rows();
        }
        return same;
    }

    private static void patch(CampaignReportSource source, LeadTable table, LeadBlockWriter writer, Earlier earlier,
                              String entry, List<LeadBlocks.Hash> now, boolean[] same) throws IOException {
        int[] changed = IntStream.range(0, now.size()).filter(k -> !same[k]).toArray();
        try (ZipFile zip = open(earlier.from())) {
            ZipArchiveEntry sheet = zip.getEntry(entry);
            if (sheet == null) {
                throw new SheetTransplant.Mismatch(entry + " is missing in " + earlier.from().getFileName());
            }
            try (InputStream raw = zip.getRawInputStream(sheet)) {
                Patch patch = new Patch(raw, earlier, writer, table, now, same, changed);
                // every block unchanged (leads updated to the values they had): no lead is read at all
                if (changed.length > 0) {
                    source.forEachLeadOfBlocks(writer.rowsPerBlock(), changed, patch::changedRow);
                }
                patch.takeUpTo(now.size());
            }
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
        writer.finish();
        List<LeadBlocks.Block> written = writer.blocks();
        if (written.size() != now.size()) {
            throw new SheetTransplant.Mismatch(written.size() + " lead blocks written, " + now.size() + " hashed");
        }
        for (int k = 0; k < now.size(); k++) {
            // a hash of null: the block's rows changed by the change log, its hash known only now that it is written
            if (written.get(k).rows() != now.get(k).rows()
                    || now.get(k).hash() != null && !now.get(k).hash().equals(written.get(k).hash())) {
                // the leads changed between the two reads: nothing to patch from
                throw new SheetTransplant.Mismatch("lead block " + k + " was read otherwise than hashed");
            }
        }
    }

    /**
     * One sheet written in part: the leads of the changed blocks arrive in order ({@link #changedRow}); before each
     * such block, the unchanged blocks ahead of it are taken from the earlier sheet's compressed entry.
     */
    private static final class Patch {
        private final InputStream raw;
        private final Earlier earlier;
        private final LeadBlockWriter writer;
        private final LeadTable table;
        private final List<LeadBlocks.Hash> now;
        private final boolean[] same;
        private final int[] changed;
        private long position; // in raw
        private int next;      // the next block to take or skip
        private int current;   // index into changed of the block being written
        private int rowsInCurrent;

        Patch(InputStream raw, Earlier earlier, LeadBlockWriter writer, LeadTable table, List<LeadBlocks.Hash> now,
              boolean[] same, int[] changed) {
            this.raw = raw;
            this.earlier = earlier;
            this.writer = writer;
            this.table = table;
            this.now = now;
            this.same = same;
            this.changed = changed;
        }

        /** Writes the next lead of the changed blocks as its row of the sheet. */
        void changedRow(LeadRow lead, Long hash) {
            while (current < changed.length && rowsInCurrent == now.get(changed[current]).rows()) {
                current++;
                rowsInCurrent = 0;
            }
            if (current == changed.length) {
                throw new SheetTransplant.Mismatch("more leads than the changed lead blocks hold");
            }
            int block = changed[current];
            if (rowsInCurrent == 0) {
                takeUpTo(block);
                if (next != block) {
                    throw new IllegalStateException("lead block " + block + " is not the next (" + next + ")");
                }
                next++;
            }
            table.write(lead, 1 + block * writer.rowsPerBlock() + rowsInCurrent, hash, writer);
            rowsInCurrent++;
        }

        /** Takes the unchanged blocks before block {@code end}; every changed one before it has been written. */
        void takeUpTo(int end) {
            try {
                for (; next < end; next++) {
                    if (!same[next]) {
                        throw new SheetTransplant.Mismatch("lead block " + next + " changed but no rows came for it");
                    }
                    LeadBlocks.Block block = earlier.blocks().blocks().get(next);
                    long at = earlier.blocks().start() + block.offset();
                    if (at < position) {
                        throw new SheetTransplant.Mismatch("lead blocks of " + earlier.from().getFileName()
                                + " are not in order");
                    }
                    writer.take(block, read(at - position, block.compressedSize()), earlier.from());
                    position = at + block.compressedSize();
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        /** The next {@code length} bytes after skipping {@code skip}; the earlier file unreadable is a mismatch. */
        private byte[] read(long skip, long length) {
            try {
                raw.skipNBytes(skip);
                return raw.readNBytes(Math.toIntExact(length));
            } catch (IOException e) {
                throw new SheetTransplant.Mismatch("cannot read a lead block of " + earlier.from().getFileName()
                        + ": " + e.getMessage());
            }
        }
    }
}
