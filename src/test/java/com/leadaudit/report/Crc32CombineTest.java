package com.leadaudit.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import java.util.zip.CRC32;

import org.junit.jupiter.api.Test;

/** The CRC of a whole from the CRCs of its parts equals the CRC of the whole computed in one pass. */
class Crc32CombineTest {

    @Test
    void combinedCrcOfTwoPartsIsTheCrcOfBothInOnePass() {
        Random random = new Random(17);
        byte[] data = new byte[300_000];
        random.nextBytes(data);
        for (int split : new int[] {0, 1, 7, 8, 9, 255, 4096, 65_537, 299_999, 300_000}) {
            long first = crc(data, 0, split);
            long second = crc(data, split, data.length - split);
            assertThat(Crc32Combine.combine(first, second, data.length - split)).as("split at %d", split)
                    .isEqualTo(crc(data, 0, data.length));
        }
    }

    @Test
    void manyPartsCombineInOrder() {
        byte[] data = "<row r=\"2\"><c r=\"A2\" t=\"inlineStr\"><is><t>Anna Schmidt</t></is></c></row>".repeat(500)
                .getBytes(java.nio.charset.StandardCharsets.UTF_8);
        long combined = crc(data, 0, 0);
        int[] cuts = {0, 13, 100, 5_000, 5_001, 20_000, data.length};
        for (int i = 1; i < cuts.length; i++) {
            combined = Crc32Combine.combine(combined, crc(data, cuts[i - 1], cuts[i] - cuts[i - 1]),
                    cuts[i] - cuts[i - 1]);
        }
        assertThat(combined).isEqualTo(crc(data, 0, data.length));
    }

    private static long crc(byte[] data, int from, int length) {
        CRC32 crc = new CRC32();
        crc.update(data, from, length);
        return crc.getValue();
    }
}
