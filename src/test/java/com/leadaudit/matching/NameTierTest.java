package com.leadaudit.matching;

import static org.assertj.core.api.Assertions.assertThat;

import com.leadaudit.text.Names;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The NAME tier's scoring inside a block (SPEC §6). Whether a lead then matches — exactly one qualifying person —
 * is decided in SQL and proven end to end by the labelled fixture (two equally good candidates there match nobody).
 */
class NameTierTest {

    private final List<NameTier.Hit> hits = new ArrayList<>();

    @Test
    void aPersonOfTheSameCompanyWithANearlyEqualNameQualifies() {
        NameTier tier = new NameTier(false, hits::addAll);
        tier.lead("acme", 1, keys("Jon", "Smith", "Acme Inc.", "jon@gmail.com"));
        tier.person("acme", "p-hit", keys("John", "Smith", "ACME", ""));
        tier.person("acme", "p-mary", keys("Mary", "Major", "Acme", ""));

        assertThat(tier.finish()).isEqualTo(1);
        assertThat(hits).containsExactly(new NameTier.Hit(1, "p-hit"));
    }

    @Test
    void aSharedFreeMailDomainIsNoEvidence() {
        NameTier tier = new NameTier(true, hits::addAll);
        tier.lead("gmail.com", 3, keys("Anna", "Smith", "", "anna@gmail.com"));
        tier.person("gmail.com", "p-1", keys("Anna", "Smith", "", "anna.s@gmail.com"));

        assertThat(tier.finish()).isZero();
    }

    @Test
    void theDomainBlockSkipsPairsTheCompanyBlockAlreadyScored() {
        NameTier tier = new NameTier(true, hits::addAll);
        tier.lead("nordlicht.example", 7, keys("Eva", "Lind", "Nordlicht AG", "eva@nordlicht.example"));
        tier.person("nordlicht.example", "p-same-company", keys("Eva", "Lind", "Nordlicht", "e.lind@nordlicht.example"));
        tier.person("nordlicht.example", "p-other-record", keys("Eva", "Lindt", "", "e.lindt@nordlicht.example"));

        assertThat(tier.finish()).isEqualTo(1);
        assertThat(tier.pairs()).isEqualTo(1);
        assertThat(hits).containsExactly(new NameTier.Hit(7, "p-other-record"));
    }

    @Test
    void peopleAreComparedOnlyWithTheLeadsOfTheirOwnBlock() {
        NameTier tier = new NameTier(false, hits::addAll);
        tier.lead("brandt maschinenbau", 5, keys("Jon", "Smyth", "Brandt Maschinenbau", ""));
        tier.person("brandt maschinenbau", "p-5", keys("John", "Smyth", "Brandt Maschinenbau GmbH", ""));
        tier.lead("hafenlogistik bremen", 6, keys("Karl", "Vogel", "Hafenlogistik Bremen", ""));
        tier.person("hafenlogistik bremen", "p-6", keys("Jon", "Smyth", "Hafenlogistik Bremen", ""));

        assertThat(tier.finish()).isEqualTo(1);
        assertThat(hits).containsExactly(new NameTier.Hit(5, "p-5"));
    }

    private static NameTier.Keys keys(String first, String last, String company, String email) {
        return new NameTier.Keys(Names.key(first + " " + last), Names.companyKey(company),
                email.isEmpty() ? null : email.substring(email.indexOf('@') + 1));
    }
}
