package com.leadaudit.matching;

import static org.assertj.core.api.Assertions.assertThat;

import com.leadaudit.AuditTest;
import com.leadaudit.SeedRows;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * SPEC §6 as the matching step runs it (MatchService over MatchRepository's SQL and NameTier), on seeded leads and
 * CRM people: the first tier that finds anyone wins, every person found at that tier counts, and NAME matches only
 * when exactly one person qualifies.
 */
@AuditTest
@DisplayName("SPEC §6 Matching a lead to CRM people (MatchRepository)")
class MatchTiersTest {

    @Autowired
    MatchService matching;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    TransactionTemplate transaction; // the NAME tier's temp tables live in the step's transaction

    SeedRows seed;

    @BeforeEach
    void campaign() {
        seed = new SeedRows(jdbc);
        seed.campaign("hm", "Europe/Berlin", "2bd", "CALL;EMAIL;MEETING", Instant.parse("2026-04-30T16:00:00Z"));
    }

    @Test
    void emailBeatsPhoneBeatsName() {
        long anna = lead("anna.weber@elbe.example", "+495111234567", "anna", "weber", "elbe");
        person("sf-email", "anna.weber@elbe.example", "anna", "weber", "other", "Eva Roth");
        person("sf-phone", "anna@home.example", "anna", "weber", "other", "Paul Seidel");
        phone("sf-phone", "+495111234567", "weber");
        person("sf-name", null, "anna", "weber", "elbe", "Kai Berg");
        long jonas = lead("jonas@weser.example", "+495119876543", "jonas", "krause", "weser");
        person("sf-jonas-phone", "j.krause@private.example", "jonas", "krause", "", "Paul Seidel");
        phone("sf-jonas-phone", "+495119876543", "krause");
        person("sf-jonas-name", null, "jonas", "krause", "weser", "Kai Berg");

        MatchService.Counts counts = match();

        assertThat(counts).isEqualTo(new MatchService.Counts(1, 1, 0, true));
        assertThat(matchesOf(anna)).containsExactly("sf-email EMAIL");
        assertThat(matchesOf(jonas)).containsExactly("sf-jonas-phone PHONE");
        assertThat(lead(anna)).containsEntry("match_tier", "EMAIL").containsEntry("crm_owner", "Eva Roth");
        assertThat(lead(jonas)).containsEntry("match_tier", "PHONE").containsEntry("crm_owner", "Paul Seidel");
    }

    @Test
    void everyPersonFoundAtTheWinningTierCounts() {
        long anna = lead("anna.weber@elbe.example", null, "anna", "weber", "elbe");
        person("sf-contact", "anna.weber@elbe.example", "anna", "weber", "elbe", "Eva Roth");
        person("hs-contact", "anna.weber@elbe.example", "anna", "weber", "elbe", "Kai Berg");

        match();

        assertThat(matchesOf(anna)).containsExactly("hs-contact EMAIL", "sf-contact EMAIL");
        assertThat(lead(anna).get("crm_owner").toString().split(", ")).containsExactlyInAnyOrder("Eva Roth", "Kai Berg");
    }

    @Test
    void aPhoneMatchNeedsTheSameLastName() {
        long anna = lead(null, "+495111234567", "anna", "weber", "elbe");
        person("sf-other", null, "bernd", "vogel", "other", "Eva Roth");
        phone("sf-other", "+495111234567", "vogel");

        match();

        assertThat(matchesOf(anna)).isEmpty();
        assertThat(lead(anna)).containsEntry("match_tier", null);
    }

    @Test
    void nameMatchesOnlyWhenExactlyOnePersonQualifies() {
        // "jon" and "john" agree (Jaro–Winkler ≥ 0.93) within the same company
        long jon = lead(null, null, "jon", "smith", "acme");
        person("sf-john", null, "john", "smith", "acme", "Eva Roth");
        person("sf-mary", null, "mary", "major", "acme", "Eva Roth");
        // two people of Beta qualify for Ana: neither is taken
        long ana = lead(null, null, "ana", "meyer", "beta");
        person("sf-ana", null, "ana", "meyer", "beta", "Eva Roth");
        person("sf-anna", null, "anna", "meyer", "beta", "Eva Roth");
        // the right name at another company is no evidence
        long kai = lead(null, null, "kai", "berg", "gamma");
        person("sf-kai", null, "kai", "berg", "delta", "Eva Roth");

        MatchService.Counts counts = match();

        assertThat(counts.name()).isEqualTo(1);
        assertThat(matchesOf(jon)).containsExactly("sf-john NAME");
        assertThat(matchesOf(ana)).isEmpty();
        assertThat(matchesOf(kai)).isEmpty();
    }

    /** Matches as the step does after the leads and the CRM people were built (which record derived_state). */
    private MatchService.Counts match() {
        seed.insert("derived_state", Map.of("name", "leads:hm", "fingerprint", "leads-1"));
        seed.insert("derived_state", Map.of("name", "crm-people", "fingerprint", "people-1"));
        return transaction.execute(status -> matching.matchAll());
    }

    private long lead(String email, String phone, String first, String last, String company) {
        Map<String, Object> columns = new HashMap<>(Map.of("first_name", first, "last_name", last,
                "company", company, "name_key", first + " " + last, "last_name_key", last, "company_key", company));
        columns.put("email_norm", email);
        columns.put("email_domain", email == null ? null : email.substring(email.indexOf('@') + 1));
        columns.put("phone_e164", phone);
        String key = email != null ? "e:" + email : "n:" + first + " " + last + " " + company;
        return seed.lead("hm", key, Instant.parse("2026-04-20T08:00:00Z"), columns);
    }

    /** A CRM person whose id is its person key (not a converted lead). */
    private void person(String id, String email, String first, String last, String company, String owner) {
        Map<String, Object> columns = new HashMap<>(Map.of("crm_id", id, "person_key", id, "source", "SALESFORCE",
                "person_type", "CONTACT", "first_name", first, "last_name", last, "company", company,
                "company_key", company, "name_key", first + " " + last, "last_name_key", last));
        columns.put("owner", owner);
        columns.put("email_norm", email);
        columns.put("email_domain", email == null ? null : email.substring(email.indexOf('@') + 1));
        seed.insert("person", columns);
    }

    private void phone(String personKey, String e164, String lastNameKey) {
        seed.insert("person_phone", Map.of("person_key", personKey, "phone_e164", e164, "last_name_key", lastNameKey));
    }

    private List<String> matchesOf(long lead) {
        return jdbc.queryForList("SELECT person_key || ' ' || tier FROM lead_person WHERE lead_id = ? ORDER BY 1",
                String.class, lead);
    }

    private Map<String, Object> lead(long id) {
        return jdbc.queryForMap("SELECT match_tier, crm_owner FROM lead_with_state WHERE id = ?", id);
    }
}
