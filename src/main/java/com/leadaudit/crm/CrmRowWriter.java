package com.leadaudit.crm;

import java.sql.Timestamp;
import java.sql.Types;
import java.util.ArrayList;
import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;

/** Batches the rows of one CRM file into the *_row staging tables (owned by {@link CrmRepository}). */
final class CrmRowWriter {

    private static final int BATCH = 1000;

    private final JdbcTemplate jdbc;
    private final long fileId;
    private final List<PersonRow> people = new ArrayList<>();
    private final List<ActivityRow> activities = new ArrayList<>();
    private final List<String[]> accounts = new ArrayList<>();
    private final List<String[]> users = new ArrayList<>();

    CrmRowWriter(JdbcTemplate jdbc, long fileId) {
        this.jdbc = jdbc;
        this.fileId = fileId;
    }

    void person(PersonRow p) {
        people.add(p);
        if (people.size() >= BATCH) {
            flush();
        }
    }

    void activity(ActivityRow a) {
        activities.add(a);
        if (activities.size() >= BATCH) {
            flush();
        }
    }

    void account(String crmId, String name) {
        accounts.add(new String[] {crmId, name});
        if (accounts.size() >= BATCH) {
            flush();
        }
    }

    void user(String crmId, String name) {
        users.add(new String[] {crmId, name});
        if (users.size() >= BATCH) {
            flush();
        }
    }

    void flush() {
        if (!people.isEmpty()) {
            jdbc.batchUpdate(CrmRepository.INSERT_PERSON, people, BATCH, (ps, p) -> {
                ps.setLong(1, fileId);
                ps.setInt(2, p.rowNumber());
                ps.setString(3, p.source());
                ps.setString(4, p.personType());
                ps.setString(5, p.crmId());
                ps.setString(6, p.firstName());
                ps.setString(7, p.lastName());
                ps.setString(8, p.email());
                ps.setString(9, p.emailNorm());
                ps.setString(10, p.company());
                ps.setString(11, p.accountId());
                ps.setArray(12, ps.getConnection().createArrayOf("text", p.phonesE164().toArray()));
                ps.setString(13, p.owner());
                ps.setString(14, p.convertedContactId());
                ps.setString(15, p.nameKey());
                ps.setString(16, p.lastNameKey());
                ps.setString(17, p.companyKey());
            });
            people.clear();
        }
        if (!activities.isEmpty()) {
            jdbc.batchUpdate(CrmRepository.INSERT_ACTIVITY, activities, BATCH, (ps, a) -> {
                ps.setLong(1, fileId);
                ps.setInt(2, a.rowNumber());
                ps.setString(3, a.source());
                ps.setString(4, a.crmId());
                ps.setString(5, a.channel());
                ps.setString(6, a.direction());
                ps.setBoolean(7, a.happened());
                ps.setObject(8, a.occurredLocal(), Types.TIMESTAMP);
                ps.setTimestamp(9, a.occurredInstant() == null ? null : Timestamp.from(a.occurredInstant()));
                ps.setObject(10, a.occurredDate(), Types.DATE);
                ps.setString(11, a.owner());
                ps.setString(12, a.subject());
                ps.setArray(13, ps.getConnection().createArrayOf("text", a.personIds().toArray()));
                ps.setString(14, a.contactEmailNorm());
            });
            activities.clear();
        }
        if (!accounts.isEmpty()) {
            jdbc.batchUpdate(CrmRepository.INSERT_ACCOUNT, accounts, BATCH, (ps, a) -> {
                ps.setLong(1, fileId);
                ps.setString(2, a[0]);
                ps.setString(3, a[1]);
                ps.setString(4, com.leadaudit.scan.Names.companyKey(a[1]));
            });
            accounts.clear();
        }
        if (!users.isEmpty()) {
            jdbc.batchUpdate(CrmRepository.INSERT_USER, users, BATCH, (ps, u) -> {
                ps.setLong(1, fileId);
                ps.setString(2, u[0]);
                ps.setString(3, u[1]);
            });
            users.clear();
        }
    }
}
