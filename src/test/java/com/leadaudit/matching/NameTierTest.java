package com.leadaudit.matching;

import static org.assertj.core.api.Assertions.assertThat;

import com.leadaudit.scan.Names;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The NAME tier's decision per lead over the candidates the database blocked for it (SPEC §6). */
class NameTierTest {

    private final List<NameTier.Match> matched = new ArrayList<>();
    private final NameTier tier = new NameTier(matched::addAll);

    @Test
    void aSingleQualifyingPersonIsTheMatch() {
        offer(1, "Jon", "Smith", "Acme Inc.", "jon@gmail.com", "p-hit", "John", "Smith", "ACME", "");
        offer(1, "Jon", "Smith", "Acme Inc.", "jon@gmail.com", "p-globex", "John", "Smith", "Globex", "john@globex.com");
        offer(1, "Jon", "Smith", "Acme Inc.", "jon@gmail.com", "p-mary", "Mary", "Major", "Acme", "");

        assertThat(tier.finish()).isEqualTo(1);
        assertThat(matched).containsExactly(new NameTier.Match(1, "p-hit"));
    }

    @Test
    void twoEquallyGoodPeopleAreNoMatch() {
        offer(2, "Anna", "Smith", "", "anna.smith@acme.com", "p-1", "Anna", "Smith", "", "asmith@acme.com");
        offer(2, "Anna", "Smith", "", "anna.smith@acme.com", "p-2", "Ana", "Smith", "", "ana@acme.com");

        assertThat(tier.finish()).isZero();
        assertThat(matched).isEmpty();
    }

    @Test
    void aSharedFreeMailDomainIsNoEvidence() {
        offer(3, "Anna", "Smith", "", "anna@gmail.com", "p-1", "Anna", "Smith", "", "anna.s@gmail.com");

        assertThat(tier.finish()).isZero();
    }

    @Test
    void twoRecordsOfOnePersonStillMatchOnce() {
        offer(4, "Anna", "Smith", "Acme", "", "p-anna", "Anna", "Smith", "Acme GmbH", "");
        offer(4, "Anna", "Smith", "Acme", "", "p-anna", "Anna", "Smith", "ACME GmbH", "");

        assertThat(tier.finish()).isEqualTo(1);
        assertThat(matched).containsExactly(new NameTier.Match(4, "p-anna"));
    }

    @Test
    void leadsAreDecidedOneByOneAsTheirCandidatesArrive() {
        offer(5, "Jon", "Smyth", "Brandt Maschinenbau", "", "p-5", "John", "Smyth", "Brandt Maschinenbau GmbH", "");
        offer(6, "Karl", "Vogel", "Hafenlogistik Bremen", "", "p-6", "Karl", "Vogel", "Vogel Spedition", "");
        offer(7, "Eva", "Lind", "Nordlicht AG", "eva@nordlicht.example", "p-7", "Eva", "Lindt", "", "e.lind@nordlicht.example");

        assertThat(tier.finish()).isEqualTo(2);
        assertThat(matched).containsExactly(new NameTier.Match(5, "p-5"), new NameTier.Match(7, "p-7"));
    }

    private void offer(long lead, String first, String last, String company, String email, String person,
                       String pFirst, String pLast, String pCompany, String pEmail) {
        tier.accept(new NameTier.Candidate(lead, Names.key(first + " " + last), Names.companyKey(company),
                domain(email), person, Names.key(pFirst + " " + pLast), Names.companyKey(pCompany), domain(pEmail)));
    }

    private static String domain(String email) {
        return email.isEmpty() ? null : email.substring(email.indexOf('@') + 1);
    }
}
