package com.leadaudit.sample;

import com.leadaudit.sample.SampleModel.Activity;
import com.leadaudit.sample.SampleModel.Crm;
import com.leadaudit.sample.SampleModel.CrmPerson;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

/**
 * The sample's opportunities (SPEC §14): a deterministic third of the CRM people sales followed up get one, some
 * days after their first follow-up, in the stages real pipelines hold (won, lost, still open). Salesforce writes
 * a Data Loader {@code Opportunity.csv}, half of them linked only by an {@code OpportunityContactRole.csv} row; the
 * US team's HubSpot portal a deals export in US dollars.
 */
final class SampleOpportunities {

    private static final DateTimeFormatter SF_TIME =
            DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSS'+0000'").withZone(ZoneOffset.UTC);
    private static final DateTimeFormatter WALL = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(ZoneOffset.UTC);
    private static final String[] STAGES = {"Closed Won", "Negotiation/Review", "Closed Lost", "Proposal/Price Quote"};
    private static final String[] HUBSPOT_STAGES = {"Closed Won", "Contract Sent", "Closed Lost", "Presentation Scheduled"};
    static final String OPPORTUNITY_HEADER = "Id,IsDeleted,AccountId,Name,StageName,Amount,CloseDate,Type,LeadSource,"
            + "IsClosed,IsWon,CurrencyIsoCode,OwnerId,CreatedDate,ContactId";
    static final String CONTACT_ROLE_HEADER = "Id,OpportunityId,ContactId,Role,IsPrimary,IsDeleted";
    static final String DEALS_HEADER = "Record ID,Deal Name,Deal Stage,Amount,Create Date,Close Date,Deal owner,Pipeline,"
            + "Associated Contact IDs";

    private record Deal(CrmPerson person, int index, Instant created) {
        int stage() {
            return index % STAGES.length;
        }

        long amount() {
            return 5_000L + (index * 7_919L % 40) * 1_000L;
        }

        LocalDate closeDate() {
            return created.atZone(ZoneOffset.UTC).toLocalDate().plusDays(30);
        }
    }

    private SampleOpportunities() {
    }

    static void writeSalesforce(CrmBook crm, Path dir) throws IOException {
        CsvText opportunities = CsvText.dataLoader().row(OPPORTUNITY_HEADER.split(","));
        CsvText roles = CsvText.dataLoader().row(CONTACT_ROLE_HEADER.split(","));
        for (Deal d : deals(crm.salesforce.stream().filter(p -> p.kind != Crm.SF_LEAD).toList())) {
            String id = crm.ids.next("006");
            boolean won = d.stage() == 0;
            boolean closed = won || d.stage() == 2;
            boolean byRole = d.index() % 2 == 1;
            opportunities.row(id, "false", d.person().accountId, d.person().person.company() + " – " + product(d),
                    STAGES[d.stage()], Long.toString(d.amount()), d.closeDate().toString(), "New Customer",
                    "Trade Show", Boolean.toString(closed), Boolean.toString(won), "EUR", d.person().owner.sfId(),
                    SF_TIME.format(d.created()), byRole ? "" : d.person().id);
            if (byRole) {
                roles.row(crm.ids.next("00K"), id, d.person().id, "Decision Maker", "true", "false");
            }
        }
        opportunities.write(dir.resolve("Opportunity.csv"));
        roles.write(dir.resolve("OpportunityContactRole.csv"));
    }

    static void writeHubSpot(CrmBook crm, Path dir, String exportDate) throws IOException {
        CsvText deals = new CsvText(',', "\n", false).row(DEALS_HEADER.split(","));
        long next = 9_300_101L;
        for (Deal d : deals(crm.hubspot)) {
            deals.row(Long.toString(next), d.person().person.company() + " – " + product(d),
                    HUBSPOT_STAGES[d.stage()], Long.toString(d.amount()), WALL.format(d.created()),
                    d.closeDate().toString(), d.person().owner.name(), "Sales Pipeline", d.person().id);
            next += 7 + d.index() % 5;
        }
        deals.write(dir.resolve("hubspot-crm-exports-all-deals-" + exportDate + ".csv"));
    }

    /** Every third person with a follow-up, in book order, a few days after that first follow-up. */
    private static List<Deal> deals(List<CrmPerson> people) {
        List<Deal> deals = new ArrayList<>();
        int followedUp = 0;
        for (CrmPerson p : people) {
            Instant first = p.activities.stream().map(SampleOpportunities::when).filter(Objects::nonNull)
                    .min(Comparator.naturalOrder()).orElse(null);
            if (first == null) {
                continue;
            }
            if (followedUp % 3 == 0) {
                deals.add(new Deal(p, followedUp / 3, first.plus(Duration.ofDays(2 + followedUp % 9))));
            }
            followedUp++;
        }
        return deals;
    }

    private static Instant when(Activity a) {
        return a.completed != null ? a.completed : a.at;
    }

    private static String product(Deal d) {
        return List.of("Analytics Suite", "Data Platform pilot", "Dashboards", "Forecasting add-on").get(d.index() % 4);
    }
}
