package com.leadaudit.report;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.text.Normalizer;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Where workbooks go (§10): {@code <reports>/<as-of date>/<campaign code>.xlsx} and {@code .../portfolio.xlsx}.
 *
 * <p>Campaign codes come from a folder name or a register cell, so they are untrusted: the file name is reduced to
 * {@code [A-Za-z0-9._-]}. Whenever that reduction changes the code, a short hash of the original code is appended,
 * so that two different codes (say two codes in Japanese script) never share one file and overwrite each other.
 */
public final class ReportPaths {

    static final int MAX_NAME_LENGTH = 100;
    private static final String EXTENSION = ".xlsx";
    private static final String PORTFOLIO = "portfolio";
    private static final Pattern UNSAFE = Pattern.compile("[^A-Za-z0-9._-]");
    private static final Pattern ACCENTS = Pattern.compile("\\p{M}+");
    private static final Pattern LEADING_DOTS = Pattern.compile("^\\.+");
    // Device names Windows refuses as a file name, even with an extension (con.xlsx); reports may be on a share.
    private static final Set<String> WINDOWS_DEVICES = Set.of("con", "prn", "aux", "nul",
            "com1", "com2", "com3", "com4", "com5", "com6", "com7", "com8", "com9",
            "lpt1", "lpt2", "lpt3", "lpt4", "lpt5", "lpt6", "lpt7", "lpt8", "lpt9");

    private ReportPaths() {
    }

    public static Path dateFolder(Path reportsDir, LocalDate asOfDate) {
        return reportsDir.resolve(asOfDate.format(DateTimeFormatter.ISO_LOCAL_DATE));
    }

    public static Path campaignWorkbook(Path reportsDir, LocalDate asOfDate, String campaignCode) {
        Path folder = dateFolder(reportsDir, asOfDate).normalize();
        Path file = folder.resolve(safeFileName(campaignCode) + EXTENSION).normalize();
        // Belt and braces: the name cannot contain a separator or "..", but never trust one function alone.
        if (!folder.equals(file.getParent())) {
            throw new IllegalArgumentException("Campaign code " + quoted(campaignCode)
                    + " would put its workbook outside " + folder);
        }
        return file;
    }

    public static Path portfolio(Path reportsDir, LocalDate asOfDate) {
        return dateFolder(reportsDir, asOfDate).normalize().resolve(PORTFOLIO + EXTENSION);
    }

    /** The file name (without extension) for a campaign code; stable, so re-runs replace the same file. */
    static String safeFileName(String campaignCode) {
        if (campaignCode == null || campaignCode.isBlank()) {
            throw new IllegalArgumentException("Campaign code is empty: no workbook name can be made from it");
        }
        String ascii = ACCENTS.matcher(Normalizer.normalize(campaignCode, Normalizer.Form.NFD)).replaceAll("");
        String name = LEADING_DOTS.matcher(UNSAFE.matcher(ascii).replaceAll("_")).replaceFirst("");
        boolean changed = !name.equals(campaignCode) || name.isEmpty() || isReserved(name);
        if (!changed && name.length() <= MAX_NAME_LENGTH) {
            return name;
        }
        String suffix = "-" + shortHash(campaignCode);
        String base = name.isEmpty() ? "campaign" : name;
        base = base.substring(0, Math.min(base.length(), MAX_NAME_LENGTH - suffix.length()));
        return base + suffix;
    }

    private static boolean isReserved(String name) {
        String lower = name.toLowerCase(Locale.ROOT);
        int dot = lower.indexOf('.');
        String stem = dot < 0 ? lower : lower.substring(0, dot);
        // "portfolio" would overwrite the portfolio workbook written next to the campaign workbooks.
        return WINDOWS_DEVICES.contains(stem) || lower.equals(PORTFOLIO);
    }

    private static String shortHash(String text) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest, 0, 4);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required of every Java runtime", e);
        }
    }

    private static String quoted(String s) {
        return "'" + s + "'";
    }
}
