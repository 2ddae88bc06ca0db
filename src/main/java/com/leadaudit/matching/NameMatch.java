package com.leadaudit.matching;

/** The NAME tier (§6): a fuzzy name agreement backed by company or work-domain agreement, unique or nothing. */
public final class NameMatch {

    public static final double THRESHOLD = 0.93;

    private NameMatch() {
    }

    /** Jaro–Winkler of two name keys; 0 when either is blank, since two unknown names are not the same person. */
    public static double similarity(String firstLastKeyA, String firstLastKeyB) {
        if (firstLastKeyA == null || firstLastKeyB == null || firstLastKeyA.isBlank() || firstLastKeyB.isBlank()) {
            return 0.0;
        }
        return JaroWinkler.similarity(firstLastKeyA, firstLastKeyB);
    }

    /** The name half of the NAME tier: similarity at or above {@link #THRESHOLD}; {@link NameTier} scores with it. */
    public static boolean namesAgree(String firstLastKeyA, String firstLastKeyB) {
        return similarity(firstLastKeyA, firstLastKeyB) >= THRESHOLD;
    }

    /** Same non-empty company key, or the same email domain when that domain belongs to an organisation. */
    public static boolean companyOrDomainAgrees(String companyKeyA, String companyKeyB,
                                                String emailDomainA, String emailDomainB) {
        boolean sameCompany = companyKeyA != null && !companyKeyA.isBlank() && companyKeyA.equals(companyKeyB);
        boolean sameWorkDomain = emailDomainA != null && !emailDomainA.isBlank()
                && emailDomainA.equalsIgnoreCase(emailDomainB) && !FreeMailDomains.isFreeMail(emailDomainA);
        return sameCompany || sameWorkDomain;
    }
}
