package com.leadaudit.matching;

import com.leadaudit.scan.Emails;
import com.leadaudit.scan.Names;

/**
 * What the NAME tier compares of one person (§6): normalised "first last", company key, email domain.
 * Blank parts are "" so comparisons need no null checks.
 */
public record NameKeys(String name, String company, String emailDomain) {

    public NameKeys {
        name = name == null ? "" : name;
        company = company == null ? "" : company;
        emailDomain = emailDomain == null ? "" : emailDomain;
    }

    /** Builds the keys from raw fields; an invalid email simply gives no domain. */
    public static NameKeys of(String firstName, String lastName, String company, String email) {
        String domain = Emails.normalize(email).map(Emails::domain).orElse("");
        return new NameKeys(Names.key(Names.clean(firstName) + " " + Names.clean(lastName)),
                Names.companyKey(company), domain);
    }
}
