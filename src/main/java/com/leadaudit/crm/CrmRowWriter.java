package com.leadaudit.crm;

import com.leadaudit.importing.CopyRows;
import javax.sql.DataSource;

/**
 * Streams the rows of one CRM file into the *_row staging tables (owned by {@link CrmRepository}) with COPY, inside
 * the file's transaction. A file is of one kind, so in practice one of the four streams is used; a connection holds
 * one open COPY at a time, so switching streams finishes the others first.
 */
final class CrmRowWriter {

    private final long fileId;
    private final CopyRows people;
    private final CopyRows activities;
    private final CopyRows accounts;
    private final CopyRows users;
    private final CopyRows opportunities;
    private final CopyRows contactRoles;

    CrmRowWriter(DataSource dataSource, long fileId) {
        this.fileId = fileId;
        this.people = new CopyRows(dataSource, CrmRepository.PERSON_COLUMNS);
        this.activities = new CopyRows(dataSource, CrmRepository.ACTIVITY_COLUMNS);
        this.accounts = new CopyRows(dataSource, CrmRepository.ACCOUNT_COLUMNS);
        this.users = new CopyRows(dataSource, CrmRepository.USER_COLUMNS);
        this.opportunities = new CopyRows(dataSource, CrmRepository.OPPORTUNITY_COLUMNS);
        this.contactRoles = new CopyRows(dataSource, CrmRepository.CONTACT_ROLE_COLUMNS);
    }

    private CopyRows use(CopyRows stream) {
        for (CopyRows other : new CopyRows[] {people, activities, accounts, users, opportunities, contactRoles}) {
            if (other != stream && other.isOpen()) {
                other.finish();
            }
        }
        return stream;
    }

    void person(PersonRow p) {
        use(people).add(fileId).add(p.rowNumber()).add(p.source()).add(p.personType()).add(p.crmId())
                .add(p.firstName()).add(p.lastName()).add(p.email()).add(p.emailNorm()).add(p.company())
                .add(p.accountId()).addArray(p.phonesE164()).add(p.owner()).add(p.convertedContactId())
                .add(p.nameKey()).add(p.lastNameKey()).add(p.companyKey())
                .endRow();
    }

    void activity(ActivityRow a) {
        use(activities).add(fileId).add(a.rowNumber()).add(a.source()).add(a.crmId()).add(a.channel())
                .add(a.direction()).add(a.happened()).add(a.occurredLocal()).add(a.occurredInstant())
                .add(a.occurredDate()).add(a.owner()).add(a.subject()).addArray(a.personIds())
                .add(a.contactEmailNorm())
                .endRow();
    }

    void account(String crmId, String name) {
        use(accounts).add(fileId).add(crmId).add(name).add(com.leadaudit.text.Names.companyKey(name)).endRow();
    }

    void user(String crmId, String name) {
        use(users).add(fileId).add(crmId).add(name).endRow();
    }

    void opportunity(OpportunityRow o) {
        use(opportunities).add(fileId).add(o.rowNumber()).add(o.source()).add(o.crmId()).add(o.name())
                .add(o.amount()).add(o.currency()).add(o.stage()).add(o.closed()).add(o.won()).add(o.createdLocal())
                .add(o.createdInstant()).add(o.closeDate()).addArray(o.personIds()).add(o.contactEmailNorm())
                .add(o.accountId())
                .endRow();
    }

    void contactRole(int rowNumber, String opportunityId, String personId) {
        use(contactRoles).add(fileId).add(rowNumber).add(opportunityId).add(personId).endRow();
    }

    void flush() {
        opportunities.finish();
        contactRoles.finish();
        people.finish();
        activities.finish();
        accounts.finish();
        users.finish();
    }
}
