package com.leadaudit.report;

/**
 * The CRC-32 of two byte sequences one after the other, from the CRC-32 of each and the length of the second —
 * what zlib's {@code crc32_combine} computes. A zip entry assembled from blocks deflated at different times
 * ({@link LeadBlockWriter}) needs the CRC of its whole content without reading the blocks taken from an earlier
 * file again. Appending n zero bits to a message is a linear map on its CRC register; this applies that map for
 * the second sequence's length by repeated squaring of the one-bit operator over GF(2).
 */
final class Crc32Combine {

    /** The CRC-32 polynomial, bit-reversed, as java.util.zip.CRC32 uses it. */
    private static final int POLYNOMIAL = 0xEDB88320;

    private Crc32Combine() {
    }

    /** The CRC-32 of A followed by B, given crc(A), crc(B) and B's length in bytes. */
    static long combine(long crcA, long crcB, long lengthB) {
        if (lengthB <= 0) {
            return crcA;
        }
        int[] even = new int[32];
        int[] odd = new int[32];
        // the operator for one zero bit
        odd[0] = POLYNOMIAL;
        int row = 1;
        for (int n = 1; n < 32; n++) {
            odd[n] = row;
            row <<= 1;
        }
        square(even, odd); // two zero bits
        square(odd, even); // four zero bits
        int crc = (int) crcA;
        long length = lengthB;
        // each pass squares the operator: the first applies eight zero bits (one zero byte)
        do {
            square(even, odd);
            if ((length & 1) != 0) {
                crc = times(even, crc);
            }
            length >>>= 1;
            if (length == 0) {
                break;
            }
            square(odd, even);
            if ((length & 1) != 0) {
                crc = times(odd, crc);
            }
            length >>>= 1;
        } while (length != 0);
        return (crc ^ (int) crcB) & 0xFFFFFFFFL;
    }

    private static int times(int[] matrix, int vector) {
        int sum = 0;
        for (int i = 0; vector != 0; i++, vector >>>= 1) {
            if ((vector & 1) != 0) {
                sum ^= matrix[i];
            }
        }
        return sum;
    }

    private static void square(int[] square, int[] matrix) {
        for (int n = 0; n < 32; n++) {
            square[n] = times(matrix, matrix[n]);
        }
    }
}
