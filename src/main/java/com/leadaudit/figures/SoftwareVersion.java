package com.leadaudit.figures;

/**
 * The version of this build as the jar names it ("development build" when run from classes): part of the basis of
 * the stored figures and of the kept workbooks, so a new release computes and writes them again, and shown on the
 * Run sheet.
 */
public final class SoftwareVersion {

    private SoftwareVersion() {
    }

    public static String version() {
        String v = SoftwareVersion.class.getPackage().getImplementationVersion();
        return v == null ? "development build" : v;
    }
}
