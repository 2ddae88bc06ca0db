package com.leadaudit.sample;

import com.leadaudit.sample.SampleModel.Crm;
import com.leadaudit.sample.SampleModel.CrmPerson;
import com.leadaudit.sample.SampleModel.Person;
import com.leadaudit.sample.SampleModel.User;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Everything the two CRMs hold. Northwind Analytics (the fictitious exhibitor) runs Salesforce for EMEA and
 * the Middle East; the US team still works in the HubSpot portal of Brightwave, the US company Northwind
 * acquired in 2025. That is why the sample has Salesforce exports for Hannover, Web Summit and GITEX and HubSpot
 * exports for Dreamforce: one audit over two CRMs, as after any acquisition.
 */
final class CrmBook {

    final SfIds ids = new SfIds();
    final List<User> sfUsers = new ArrayList<>();
    final List<CrmPerson> salesforce = new ArrayList<>();
    final List<CrmPerson> hubspot = new ArrayList<>();
    /** Account name → account, in creation order (written in that order). */
    final Map<String, Account> accounts = new LinkedHashMap<>();
    private long nextHubSpotContact = 78_210_334_401L;
    private long nextHubSpotActivity = 61_004_517_230L;

    /** A Salesforce account. Contacts have no company field: their company is this Name (SPEC §6). */
    record Account(String id, String name, String city, String country, String website, String industry,
                   User owner, Instant created) {
    }

    // Salesforce users (the 005 ids in OwnerId). Booth staff are mostly these same reps.
    final User annaKeller = sfUser("Anna", "Keller");
    final User jonasRichter = sfUser("Jonas", "Richter");
    final User miriamHahn = sfUser("Miriam", "Hahn");
    final User felixBraun = sfUser("Felix", "Braun");
    final User nilsPetersen = sfUser("Nils", "Petersen");
    final User sofiaAlmeida = sfUser("Sofia", "Almeida");
    final User tiagoCosta = sfUser("Tiago", "Costa");
    final User karimNasser = sfUser("Karim", "Nasser");
    /** Sends the list emails (newsletters): never a personal follow-up. */
    final User marketing = sfUser("Marketing", "Integration");

    // HubSpot owners (shown by name in HubSpot exports; they have no Salesforce id).
    final User danaWhitfield = new User("Dana", "Whitfield", null, "dana.whitfield@brightwave.example");
    final User marcusLee = new User("Marcus", "Lee", null, "marcus.lee@brightwave.example");
    final User priyaNatarajan = new User("Priya", "Natarajan", null, "priya.natarajan@brightwave.example");
    final User kevinOBrien = new User("Kevin", "O'Brien", null, "kevin.obrien@brightwave.example");

    private User sfUser(String first, String last) {
        String mail = (first + "." + last).toLowerCase().replace("'", "") + "@northwind-analytics.example";
        User u = new User(first, last, ids.next("005"), mail);
        sfUsers.add(u);
        return u;
    }

    Account account(String name, String city, String country, String website, String industry, User owner,
                    Instant created) {
        return accounts.computeIfAbsent(name,
                n -> new Account(ids.next("001"), n, city, country, website, industry, owner, created));
    }

    /** A Salesforce contact under the account named after the person's company. */
    CrmPerson sfContact(Person p, User owner, Instant created, String accountCity) {
        CrmPerson c = new CrmPerson(Crm.SF_CONTACT, p, owner, created);
        c.id = ids.next("003");
        c.accountId = account(p.company(), accountCity, p.country(), website(p), "", owner, created).id();
        salesforce.add(c);
        return c;
    }

    /** The account's web site, from the first contact's corporate mail domain (none for free-mail users). */
    private static String website(Person p) {
        String e = p.email() == null ? "" : p.email();
        String domain = e.substring(e.indexOf('@') + 1);
        return !e.contains("@") || java.util.Set.of("gmail.com", "web.de", "gmx.de", "t-online.de", "outlook.com",
                "yahoo.com", "icloud.com").contains(domain) ? "" : "www." + domain;
    }

    CrmPerson sfLead(Person p, User owner, Instant created) {
        CrmPerson c = new CrmPerson(Crm.SF_LEAD, p, owner, created);
        c.id = ids.next("00Q");
        c.leadId = c.id;
        salesforce.add(c);
        return c;
    }

    /** A lead converted into a contact: one person with both ids; tasks hang on the contact afterwards. */
    CrmPerson sfConverted(Person leadView, Person contactView, User owner, Instant created,
                          java.time.LocalDate convertedOn) {
        CrmPerson c = new CrmPerson(Crm.SF_CONVERTED, contactView, owner, created);
        c.leadView = leadView;
        c.convertedDate = convertedOn;
        c.leadId = ids.next("00Q");
        c.id = ids.next("003");
        c.accountId = account(contactView.company(), contactView.city(), contactView.country(), website(contactView),
                "", owner, created).id();
        c.leadStatus = "Closed - Converted";
        salesforce.add(c);
        return c;
    }

    CrmPerson hubSpotContact(Person p, User owner, Instant created, String lifecycle) {
        CrmPerson c = new CrmPerson(Crm.HUBSPOT, p, owner, created);
        c.id = Long.toString(nextHubSpotContact);
        nextHubSpotContact += 1 + (nextHubSpotContact % 7) * 13;
        c.lifecycle = lifecycle;
        hubspot.add(c);
        return c;
    }

    String nextHubSpotActivityId() {
        String id = Long.toString(nextHubSpotActivity);
        nextHubSpotActivity += 3 + (nextHubSpotActivity % 11) * 17;
        return id;
    }
}
