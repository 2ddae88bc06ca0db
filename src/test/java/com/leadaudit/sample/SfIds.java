package com.leadaudit.sample;

import java.util.HashMap;
import java.util.Map;

/**
 * Salesforce-shaped record ids: 18 characters = 3-char key prefix ({@code 001} Account, {@code 003} Contact,
 * {@code 00Q} Lead, {@code 00T} Task, {@code 00U} Event, {@code 005} User), 2-char instance, one reserved char,
 * a 9-char base-62 number, then the 3-char case-safe checksum Salesforce appends to 15-char ids. The checksum
 * is the real algorithm, so ids look like the real export's {@code 003Ec00000Cz30UIAR} and survive any reader
 * that validates or truncates them to 15 characters.
 */
final class SfIds {

    private static final String BASE62 = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz";
    private static final String CHECKSUM = "ABCDEFGHIJKLMNOPQRSTUVWXYZ012345";

    /** Instance "Wd" is invented: the real sample org is "Ec", and our ids must never collide with its ids. */
    private static final String INSTANCE = "Wd0";

    private final Map<String, Long> next = new HashMap<>();

    /** Sequential per prefix, like ids minted by one org: neighbours differ in the last characters only. */
    String next(String prefix) {
        long n = next.merge(prefix, 1L, Long::sum) + startFor(prefix);
        StringBuilder num = new StringBuilder();
        for (int i = 0; i < 9; i++) {
            num.insert(0, BASE62.charAt((int) (n % 62)));
            n /= 62;
        }
        return withChecksum(prefix + INSTANCE + num);
    }

    /** Different prefixes start at different numbers, as they do in a real org. */
    private static long startFor(String prefix) {
        return switch (prefix) {
            case "001" -> 62L * 62 * 62 * 62 * 14 + 62L * 62 * 21;
            case "003" -> 62L * 62 * 62 * 62 * 12 + 62L * 62 * 62 * 40;
            case "00Q" -> 62L * 62 * 62 * 62 * 11 + 62L * 62 * 62 * 3;
            case "00T" -> 62L * 62 * 62 * 62 * 12 + 62L * 62 * 62 * 50;
            case "00U" -> 62L * 62 * 62 * 62 * 8 + 62L * 62 * 62 * 17;
            case "005" -> 62L * 62 * 62 * 4 + 62L * 62 * 29;
            default -> 62L * 62 * 62 * 62;
        };
    }

    static String withChecksum(String id15) {
        if (id15.length() != 15) {
            throw new IllegalArgumentException(id15);
        }
        StringBuilder sb = new StringBuilder(id15);
        for (int chunk = 0; chunk < 3; chunk++) {
            int flags = 0;
            for (int i = 0; i < 5; i++) {
                char c = id15.charAt(chunk * 5 + i);
                if (c >= 'A' && c <= 'Z') {
                    flags |= 1 << i;
                }
            }
            sb.append(CHECKSUM.charAt(flags));
        }
        return sb.toString();
    }
}
