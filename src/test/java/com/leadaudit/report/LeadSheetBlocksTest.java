package com.leadaudit.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.leadaudit.AuditJobs;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Consumer;
import java.util.stream.Collectors;

import org.apache.commons.compress.archivers.zip.ZipFile;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A Leads sheet written in part: the blocks of rows that changed written, the others taken from an earlier
 * workbook's compressed bytes. It must be the sheet written in full, byte for byte once inflated.
 */
class LeadSheetBlocksTest {

    private static final int ROWS_PER_BLOCK = 5;
    private static final String LEADS_ENTRY = "xl/worksheets/sheet2.xml";

    @TempDir
    Path dir;

    @Test
    void changedRowsAreWrittenAndTheOtherBlocksTakenGivingTheSheetWrittenInFull() throws IOException {
        HashedCampaign before = HashedCampaign.of(23);
        Path earlier = dir.resolve("2026-04-28/ber-2026.xlsx");
        var earlierRows = writer().write(before, earlier);
        assertThat(earlierRows.blocks().blocks()).hasSize(5).allSatisfy(b -> assertThat(b.hash()).isNotNull());

        HashedCampaign after = HashedCampaign.of(23);
        after.leads.set(7, FakeCampaign.withNotes(after.leads.get(7), "called back, wants a quote"));
        after.leads.set(22, FakeCampaign.withNotes(after.leads.get(22), "OVERDUE now"));
        Path patched = dir.resolve("2026-04-29/ber-2026.xlsx");
        var patchedRows = writer().write(after, patched, null, null,
                new LeadSheetBlocks.Earlier(earlier, earlierRows.blocks()));

        assertThat(after.blocksRead).as("only the blocks holding a changed row are read").containsExactly(1, 4);
        assertThat(patchedRows.blocksTaken()).isEqualTo(3);
        assertThat(patchedRows.leads()).isEqualTo(23);
        Path full = dir.resolve("full/ber-2026.xlsx");
        var fullRows = writer().write(after, full);
        assertThat(patchedRows.blocks().blocks()).as("the same blocks, hashes and CRCs as when written in full")
                .isEqualTo(fullRows.blocks().blocks());
        assertSameWorkbook(patched, full);
        assertThat(AuditJobs.sheetRows(patched, CampaignWorkbookWriter.LEADS)).contains(
                AuditJobs.sheetRows(full, CampaignWorkbookWriter.LEADS).get(8)).hasSize(24);

        // and a night after that takes blocks from the patched workbook
        HashedCampaign third = HashedCampaign.of(23);
        third.leads.set(7, after.leads.get(7));
        third.leads.set(22, after.leads.get(22));
        third.leads.set(12, FakeCampaign.withNotes(third.leads.get(12), "met at the booth again"));
        Path next = dir.resolve("2026-04-30/ber-2026.xlsx");
        var nextRows = writer().write(third, next, null, null,
                new LeadSheetBlocks.Earlier(patched, patchedRows.blocks()));
        assertThat(third.blocksRead).containsExactly(2);
        assertThat(nextRows.blocksTaken()).isEqualTo(4);
        Path nextFull = dir.resolve("full-next/ber-2026.xlsx");
        writer().write(third, nextFull);
        assertSameWorkbook(next, nextFull);
    }

    @Test
    void blocksOfLeadsChangedSinceAreWrittenWithoutHashingTheOthers() throws IOException {
        Path earlier = dir.resolve("2026-04-28/ber-2026.xlsx");
        var earlierRows = writer().write(HashedCampaign.of(23), earlier);
        HashedCampaign after = HashedCampaign.of(23);
        after.leads.set(7, FakeCampaign.withNotes(after.leads.get(7), "called back, wants a quote"));
        after.changedSince = new LeadBlocks.Changed(23, new int[] {1});
        after.hashing = false;
        Path patched = dir.resolve("2026-04-29/ber-2026.xlsx");
        var patchedRows = writer().write(after, patched, null, null,
                new LeadSheetBlocks.Earlier(earlier, earlierRows.blocks(), 41L));

        assertThat(after.versionAsked).isEqualTo(41L);
        assertThat(after.blocksRead).containsExactly(1);
        assertThat(patchedRows.blocksTaken()).isEqualTo(4);
        after.hashing = true;
        Path full = dir.resolve("full/ber-2026.xlsx");
        var fullRows = writer().write(after, full);
        assertThat(patchedRows.blocks().blocks()).isEqualTo(fullRows.blocks().blocks());
        assertSameWorkbook(patched, full);
    }

    @Test
    void aChangeLogThatDoesNotCountTheLeadsAsTheEarlierSheetFallsBackToHashing() throws IOException {
        Path earlier = dir.resolve("2026-04-28/ber-2026.xlsx");
        var earlierRows = writer().write(HashedCampaign.of(23), earlier);
        HashedCampaign after = HashedCampaign.of(24);
        after.changedSince = new LeadBlocks.Changed(24, new int[] {4});
        Path patched = dir.resolve("2026-04-29/ber-2026.xlsx");
        var patchedRows = writer().write(after, patched, null, null,
                new LeadSheetBlocks.Earlier(earlier, earlierRows.blocks(), 41L));
        assertThat(after.blocksRead).as("found by the hashes: the new last lead's block").containsExactly(4);
        Path full = dir.resolve("full/ber-2026.xlsx");
        writer().write(after, full);
        assertSameWorkbook(patched, full);
        assertThat(patchedRows.blocksTaken()).isEqualTo(4);
    }

    @Test
    void leadsThatHashAsBeforeAreNotReadAndEveryBlockIsTaken() throws IOException {
        Path earlier = dir.resolve("2026-04-28/ber-2026.xlsx");
        var earlierRows = writer().write(HashedCampaign.of(23), earlier);
        HashedCampaign same = HashedCampaign.of(23);
        Path patched = dir.resolve("2026-04-29/ber-2026.xlsx");
        var patchedRows = writer().write(same, patched, null, null,
                new LeadSheetBlocks.Earlier(earlier, earlierRows.blocks()));
        assertThat(same.readsOfBlocks).as("no query for the leads of changed blocks").isZero();
        assertThat(patchedRows.blocksTaken()).isEqualTo(5);
        assertSameWorkbook(patched, earlier);
    }

    @Test
    void aLeadAddedInTheMiddleShiftsTheBlocksAfterIt() throws IOException {
        HashedCampaign before = HashedCampaign.of(23);
        Path earlier = dir.resolve("2026-04-28/ber-2026.xlsx");
        var earlierRows = writer().write(before, earlier);

        HashedCampaign after = HashedCampaign.of(23);
        after.leads.add(11, FakeCampaign.withNotes(after.leads.get(3), "a late device export"));
        Path patched = dir.resolve("2026-04-29/ber-2026.xlsx");
        var patchedRows = writer().write(after, patched, null, null,
                new LeadSheetBlocks.Earlier(earlier, earlierRows.blocks()));
        assertThat(after.blocksRead).containsExactly(2, 3, 4);
        assertThat(patchedRows.blocksTaken()).isEqualTo(2);
        Path full = dir.resolve("full/ber-2026.xlsx");
        writer().write(after, full);
        assertSameWorkbook(patched, full);
        assertThat(AuditJobs.sheetRows(patched, CampaignWorkbookWriter.LEADS)).hasSize(25);
    }

    @Test
    void blocksThatAreNotAsNotedAreRefusedAndNothingIsWritten() throws IOException {
        HashedCampaign before = HashedCampaign.of(23);
        Path earlier = dir.resolve("2026-04-28/ber-2026.xlsx");
        var earlierRows = writer().write(before, earlier);
        List<LeadBlocks.Block> blocks = new ArrayList<>(earlierRows.blocks().blocks());
        LeadBlocks.Block first = blocks.get(0);
        blocks.set(0, new LeadBlocks.Block(first.hash(), first.rows(), first.crc() ^ 1, first.size(), first.offset(),
                first.compressedSize()));
        HashedCampaign after = HashedCampaign.of(23);
        after.leads.set(22, FakeCampaign.withNotes(after.leads.get(22), "changed"));
        Path target = dir.resolve("2026-04-29/ber-2026.xlsx");

        assertThatThrownBy(() -> writer().write(after, target, null, null, new LeadSheetBlocks.Earlier(earlier,
                new LeadBlocks(earlierRows.blocks().start(), blocks))))
                .isInstanceOf(SheetTransplant.Mismatch.class).hasMessageContaining("not the block noted");
        assertThat(target).doesNotExist();

        LeadBlocks shifted = new LeadBlocks(earlierRows.blocks().start() + 1, earlierRows.blocks().blocks());
        assertThatThrownBy(() -> writer().write(after, target, null, null, new LeadSheetBlocks.Earlier(earlier, shifted)))
                .isInstanceOf(SheetTransplant.Mismatch.class);
        assertThat(target).doesNotExist();

        // deleted since it was noted: a mismatch too (the caller writes in full), not an error that stops the night
        Files.delete(earlier);
        assertThatThrownBy(() -> writer().write(after, target, null, null,
                new LeadSheetBlocks.Earlier(earlier, earlierRows.blocks())))
                .isInstanceOf(SheetTransplant.Mismatch.class).hasMessageContaining("cannot read");
        assertThat(target).doesNotExist();
    }

    @Test
    void blockListsReadBackAsWritten() throws IOException {
        var rows = writer().write(HashedCampaign.of(12), dir.resolve("a.xlsx"));
        assertThat(LeadBlocks.decode(rows.blocks().encode())).isEqualTo(rows.blocks());
        var unhashed = new CampaignWorkbookWriter(ROWS_PER_BLOCK).write(FakeCampaign.berlin(), dir.resolve("b.xlsx"));
        assertThat(unhashed.blocks().blocks()).extracting(LeadBlocks.Block::hash).containsOnlyNulls();
        assertThat(LeadBlocks.decode(unhashed.blocks().encode())).isEqualTo(unhashed.blocks());
    }

    private static CampaignWorkbookWriter writer() {
        return new CampaignWorkbookWriter(ROWS_PER_BLOCK);
    }

    /** Every part of both workbooks, inflated, is the same bytes (the Leads sheet above all). */
    private static void assertSameWorkbook(Path actual, Path expected) throws IOException {
        try (ZipFile a = ZipFile.builder().setPath(actual).get(); ZipFile e = ZipFile.builder().setPath(expected).get()) {
            List<String> names = names(e);
            assertThat(names(a)).isEqualTo(names);
            assertThat(names).contains(LEADS_ENTRY);
            for (String name : names) {
                if (name.startsWith("docProps/")) {
                    continue;
                }
                assertThat(bytes(a, name)).as(name).isEqualTo(bytes(e, name));
            }
        }
    }

    private static List<String> names(ZipFile zip) {
        return java.util.Collections.list(zip.getEntries()).stream().map(x -> x.getName()).collect(Collectors.toList());
    }

    private static byte[] bytes(ZipFile zip, String name) throws IOException {
        try (InputStream in = zip.getInputStream(zip.getEntry(name))) {
            return in.readAllBytes();
        }
    }

    /**
     * The Berlin campaign with {@code n} leads, whose rows hash by their values (as the database's rows do) and
     * which notes which blocks were read row by row.
     */
    static final class HashedCampaign extends FakeCampaign {
        final List<Integer> blocksRead = new ArrayList<>();
        int readsOfBlocks;
        /** What a change log would say since the version asked for; null: no log. */
        LeadBlocks.Changed changedSince;
        Long versionAsked;
        boolean hashing = true;

        static HashedCampaign of(int n) {
            HashedCampaign c = new HashedCampaign();
            FakeCampaign berlin = FakeCampaign.berlin();
            c.withFiguresOf(berlin);
            c.actionItems = berlin.actionItems;
            for (int i = 0; i < n; i++) {
                LeadRow l = berlin.leads.get(i % berlin.leads.size());
                c.leads.add(FakeCampaign.withNotes(l, "lead " + i + (l.notes() == null ? "" : ": " + l.notes())));
            }
            c.facts = berlin.facts;
            c.run = berlin.run;
            return c;
        }

        private static long hash(LeadRow lead) {
            return lead.toString().hashCode() * 31L + lead.toString().length();
        }

        @Override
        public void forEachHashedLead(HashedLeads consumer) {
            leads.forEach(l -> consumer.accept(l, hash(l)));
        }

        @Override
        public LeadBlocks.Changed changedLeadBlocks(int rowsPerBlock, long leadVersion) {
            versionAsked = leadVersion;
            return changedSince;
        }

        @Override
        public List<LeadBlocks.Hash> leadBlockHashes(int rowsPerBlock) {
            if (!hashing) {
                throw new AssertionError("the blocks were to be found without hashing every lead");
            }
            List<LeadBlocks.Hash> hashes = new ArrayList<>();
            for (int from = 0; from < leads.size(); from += rowsPerBlock) {
                List<LeadRow> block = leads.subList(from, Math.min(leads.size(), from + rowsPerBlock));
                hashes.add(new LeadBlocks.Hash(block.size(), LeadBlocks.blockHash(block.stream()
                        .map(l -> Long.toString(hash(l))).collect(Collectors.joining(",")))));
            }
            return hashes;
        }

        @Override
        public void forEachLeadOfBlocks(int rowsPerBlock, int[] blocks, HashedLeads consumer) {
            readsOfBlocks++;
            Arrays.stream(blocks).forEach(blocksRead::add);
            for (int b : blocks) {
                leads.subList(b * rowsPerBlock, Math.min(leads.size(), (b + 1) * rowsPerBlock))
                        .forEach(l -> consumer.accept(l, hash(l)));
            }
        }

        @Override
        public void forEachLead(Consumer<LeadRow> consumer) {
            throw new AssertionError("the Leads sheet reads its rows with their hashes");
        }
    }
}
