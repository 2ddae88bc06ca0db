package com.leadaudit.sample;

import static com.leadaudit.sample.SalesforceHeaders.ACCOUNT_HEADER;
import static com.leadaudit.sample.SalesforceHeaders.CONTACT_HEADER;
import static com.leadaudit.sample.SalesforceHeaders.LEAD_HEADER;
import static com.leadaudit.sample.SalesforceHeaders.TASK_HEADER;

import com.leadaudit.sample.CrmBook.Account;
import com.leadaudit.sample.SampleModel.Activity;
import com.leadaudit.sample.SampleModel.Crm;
import com.leadaudit.sample.SampleModel.CrmPerson;
import com.leadaudit.sample.SampleModel.Kind;
import com.leadaudit.sample.SampleModel.Person;
import com.leadaudit.sample.SampleModel.User;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Salesforce Data Loader exports. The headers of Account, Contact, Lead and Task are exactly those of the real
 * Data Loader files in shared/real-exports/salesforce-data-loader (API names, custom fields included), with one
 * addition: Task gains {@code CompletedDateTime} after {@code TaskSubtype}, because this org's admin selects it
 * (real orgs have it; the demo export simply did not). Event and User use the field lists of the Data Loader's
 * default object extract. Format as in the real files: UTF-8 with BOM, LF, datetimes
 * {@code yyyy-MM-ddTHH:mm:ss.SSS+0000} in UTC, date-only {@code yyyy-MM-dd}.
 * Only the header names are taken from the real files (facts); every value is generated.
 */
final class SalesforceWriter {

    /**
     * The inside-sales team's own extract: their saved SOQL selects only these Task fields (a subset of the real
     * header, in its order). Without CreatedDate and CompletedDateTime, a completed task has only its date.
     */
    static final String TASK_MINIMAL_HEADER = "Id,WhoId,WhatId,Subject,ActivityDate,Status,OwnerId,IsClosed,TaskSubtype";
    static final String EVENT_HEADER = "Id,WhoId,WhatId,Subject,Location,IsAllDayEvent,ActivityDateTime,ActivityDate,"
            + "DurationInMinutes,StartDateTime,EndDateTime,Description,AccountId,OwnerId,Type,IsPrivate,ShowAs,"
            + "IsDeleted,IsChild,IsGroupEvent,CreatedDate,CreatedById,LastModifiedDate,LastModifiedById,"
            + "SystemModstamp,EventSubtype";
    static final String USER_HEADER = "Id,Username,LastName,FirstName,Name,Email,IsActive";

    private static final DateTimeFormatter SF_TIME =
            DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSS'+0000'").withZone(ZoneOffset.UTC);

    private final CrmBook crm;

    SalesforceWriter(CrmBook crm) {
        this.crm = crm;
    }

    void writeAll(Path dir) throws IOException {
        users(dir.resolve("User.csv"));
        accounts(dir.resolve("Account.csv"));
        contacts(dir.resolve("Contact.csv"));
        leads(dir.resolve("Lead.csv"));
        tasks(dir.resolve("Task.csv"), dir.resolve("Task_inside_sales_extract.csv"));
        events(dir.resolve("Event.csv"));
    }

    private void users(Path file) throws IOException {
        CsvText csv = CsvText.dataLoader().row(USER_HEADER.split(","));
        for (User u : crm.sfUsers) {
            csv.row(u.sfId(), u.email(), u.last(), u.first(), u.name(), u.email(), "true");
        }
        csv.write(file);
    }

    private void accounts(Path file) throws IOException {
        CsvText csv = CsvText.dataLoader().row(ACCOUNT_HEADER.split(","));
        int n = 0;
        for (Account a : crm.accounts.values()) {
            Map<String, String> v = new HashMap<>();
            v.put("Id", a.id());
            v.put("Name", a.name());
            v.put("BillingCity", a.city());
            v.put("BillingCountry", a.country());
            v.put("BillingAddress", address(a.city(), a.country()));
            v.put("PhotoUrl", "/services/images/photo/" + a.id());
            v.put("Website", website(a));
            v.put("OwnerId", a.owner().sfId());
            stamp(v, a.created(), a.owner());
            v.put("External_id__c", String.format("nwa_account_%04d", ++n));
            v.put("Classification__c", n % 3 == 0 ? "Customer" : "Prospect");
            csv.row(values(ACCOUNT_HEADER, v));
        }
        csv.write(file);
    }

    private void contacts(Path file) throws IOException {
        CsvText csv = CsvText.dataLoader().row(CONTACT_HEADER.split(","));
        int n = 0;
        for (CrmPerson p : crm.salesforce) {
            if (p.kind == Crm.SF_LEAD) {
                continue;
            }
            Person x = p.person;
            Map<String, String> v = new HashMap<>();
            v.put("Id", p.id);
            v.put("AccountId", p.accountId);
            v.put("LastName", x.last());
            v.put("FirstName", x.first());
            v.put("Name", x.fullName());
            v.put("MailingCity", x.city());
            v.put("MailingCountry", x.country());
            v.put("MailingAddress", address(x.city(), x.country()));
            v.put("Phone", x.phone());
            v.put("MobilePhone", x.mobile());
            v.put("Email", x.email());
            v.put("Title", x.title());
            v.put("LeadSource", p.kind == Crm.SF_CONVERTED ? "Trade Show" : "");
            v.put("OwnerId", p.owner.sfId());
            Instant created = p.kind == Crm.SF_CONVERTED
                    ? p.convertedDate.atTime(9, 12, 40).toInstant(ZoneOffset.UTC) : p.created;
            stamp(v, created, p.owner);
            v.put("LastActivityDate", lastActivity(p));
            v.put("PhotoUrl", "/services/images/photo/" + p.id);
            v.put("External_id__c", String.format("nwa_contact_%04d", ++n));
            csv.row(values(CONTACT_HEADER, v));
        }
        csv.write(file);
    }

    private void leads(Path file) throws IOException {
        CsvText csv = CsvText.dataLoader().row(LEAD_HEADER.split(","));
        int n = 0;
        for (CrmPerson p : crm.salesforce) {
            if (p.kind == Crm.SF_CONTACT) {
                continue;
            }
            Person x = p.leadView;
            Map<String, String> v = new HashMap<>();
            v.put("Id", p.leadId);
            v.put("LastName", x.last());
            v.put("FirstName", x.first());
            v.put("Name", x.fullName());
            v.put("Title", x.title());
            v.put("Company", x.company());
            v.put("City", x.city());
            v.put("Country", x.country());
            v.put("Address", address(x.city(), x.country()));
            v.put("Phone", x.phone().isEmpty() ? x.mobile() : x.phone());  // Lead has a single Phone field here
            v.put("Email", x.email());
            v.put("PhotoUrl", "/services/images/photo/" + p.leadId);
            v.put("LeadSource", p.leadSource);
            v.put("Status", p.leadStatus);
            v.put("OwnerId", p.owner.sfId());
            boolean converted = p.kind == Crm.SF_CONVERTED;
            v.put("IsConverted", converted ? "true" : "false");
            if (converted) {
                v.put("ConvertedDate", p.convertedDate.toString());
                v.put("ConvertedAccountId", p.accountId);
                v.put("ConvertedContactId", p.id);
            }
            v.put("IsUnreadByOwner", "false");
            stamp(v, p.created, p.owner);
            if (converted) {
                String at = SF_TIME.format(p.convertedDate.atTime(9, 12, 40).toInstant(ZoneOffset.UTC));
                v.put("LastModifiedDate", at);
                v.put("SystemModstamp", at);
            } else {
                v.put("LastActivityDate", lastActivity(p));
            }
            v.put("External_id__c", String.format("nwa_lead_%04d", ++n));
            csv.row(values(LEAD_HEADER, v));
        }
        csv.write(file);
    }

    private void tasks(Path full, Path minimal) throws IOException {
        CsvText csv = CsvText.dataLoader().row(TASK_HEADER.split(","));
        CsvText small = CsvText.dataLoader().row(TASK_MINIMAL_HEADER.split(","));
        int n = 0;
        for (Activity a : sorted(Kind.SF_TASK)) {
            CrmPerson p = owners.get(a);
            Map<String, String> v = new HashMap<>();
            v.put("Id", crm.ids.next("00T"));
            v.put("WhoId", p.id);  // a converted lead's tasks were re-parented to the contact
            v.put("WhatId", p.kind == Crm.SF_LEAD ? "" : p.accountId);
            v.put("AccountId", p.kind == Crm.SF_LEAD ? "" : p.accountId);
            v.put("Subject", a.subject);
            LocalDate due = a.activityDate != null ? a.activityDate
                    : a.completed != null ? a.completed.atZone(ZoneOffset.UTC).toLocalDate() : null;
            v.put("ActivityDate", due == null ? "" : due.toString());
            v.put("Status", a.status);
            boolean closed = a.status.equals("Completed");
            v.put("Priority", "Normal");
            v.put("IsHighPriority", "false");
            v.put("OwnerId", a.owner.sfId());
            v.put("IsDeleted", "false");
            v.put("IsClosed", closed ? "true" : "false");
            v.put("IsArchived", "false");
            v.put("IsReminderSet", "false");
            v.put("IsRecurrence", "false");
            v.put("TaskSubtype", a.subtype);
            if (a.minimalExtract) {
                small.row(values(TASK_MINIMAL_HEADER, v));
                continue;
            }
            Instant created = a.created != null ? a.created : a.completed;
            stamp(v, created, a.owner);
            if (a.completed != null) {
                v.put("LastModifiedDate", SF_TIME.format(a.completed));
                v.put("SystemModstamp", SF_TIME.format(a.completed));
                v.put("CompletedDateTime", SF_TIME.format(a.completed));
            } else if (closed) {
                v.put("LastModifiedDate", SF_TIME.format(created.plusSeconds(4)));
                v.put("SystemModstamp", SF_TIME.format(created.plusSeconds(4)));
            }
            if (a.subtype.equals("Call")) {
                v.put("CallType", "Outbound");
                if (closed) {
                    v.put("CallDurationInSeconds", Integer.toString(a.durationMinutes * 60 + 17));
                    v.put("CallDisposition", a.outcome);
                }
            }
            v.put("Type__c", a.subtype.equals("Email") || a.subtype.equals("Call") ? a.subtype : "");
            v.put("External_id__c", String.format("nwa_task_%05d", ++n));
            csv.row(values(TASK_HEADER, v));
        }
        csv.write(full);
        small.write(minimal);
    }

    private void events(Path file) throws IOException {
        CsvText csv = CsvText.dataLoader().row(EVENT_HEADER.split(","));
        for (Activity a : sorted(Kind.SF_EVENT)) {
            CrmPerson p = owners.get(a);
            Map<String, String> v = new HashMap<>();
            v.put("Id", crm.ids.next("00U"));
            v.put("WhoId", p.id);
            v.put("WhatId", p.kind == Crm.SF_LEAD ? "" : p.accountId);
            v.put("AccountId", p.kind == Crm.SF_LEAD ? "" : p.accountId);
            v.put("Subject", a.subject);
            v.put("Location", a.notes.isEmpty() ? "Microsoft Teams" : a.notes);
            v.put("IsAllDayEvent", a.allDay ? "true" : "false");
            if (a.allDay) {
                v.put("ActivityDate", a.activityDate.toString());
                v.put("DurationInMinutes", "1440");
                v.put("StartDateTime", SF_TIME.format(a.activityDate.atStartOfDay().toInstant(ZoneOffset.UTC)));
                v.put("EndDateTime", SF_TIME.format(a.activityDate.plusDays(1).atStartOfDay().toInstant(ZoneOffset.UTC)));
            } else {
                v.put("ActivityDateTime", SF_TIME.format(a.at));
                v.put("ActivityDate", a.at.atZone(ZoneOffset.UTC).toLocalDate().toString());
                v.put("DurationInMinutes", Integer.toString(a.durationMinutes));
                v.put("StartDateTime", SF_TIME.format(a.at));
                v.put("EndDateTime", SF_TIME.format(a.at.plus(Duration.ofMinutes(a.durationMinutes))));
            }
            v.put("OwnerId", a.owner.sfId());
            v.put("Type", "Meeting");
            v.put("IsPrivate", "false");
            v.put("ShowAs", "Busy");
            v.put("IsDeleted", "false");
            v.put("IsChild", "false");
            v.put("IsGroupEvent", "false");
            stamp(v, a.created, a.owner);
            v.put("EventSubtype", "Event");
            csv.row(values(EVENT_HEADER, v));
        }
        csv.write(file);
    }

    // --- helpers -------------------------------------------------------------------------------------------

    private final Map<Activity, CrmPerson> owners = new HashMap<>();

    /** Activities of one kind in the order an export sorted by CreatedDate would list them (ties: planning order). */
    private List<Activity> sorted(Kind kind) {
        List<Activity> list = new ArrayList<>();
        for (CrmPerson p : crm.salesforce) {
            for (Activity a : p.activities) {
                if (a.kind == kind) {
                    owners.put(a, p);
                    list.add(a);
                }
            }
        }
        list.sort((x, y) -> sortKey(x).compareTo(sortKey(y)));
        return list;
    }

    private static Instant sortKey(Activity a) {
        if (a.created != null) {
            return a.created;
        }
        if (a.completed != null) {
            return a.completed;
        }
        return a.activityDate.atTime(12, 0).toInstant(ZoneOffset.UTC);
    }

    private static void stamp(Map<String, String> v, Instant created, User by) {
        v.put("CreatedDate", SF_TIME.format(created));
        v.put("CreatedById", by.sfId());
        v.put("LastModifiedDate", SF_TIME.format(created));
        v.put("LastModifiedById", by.sfId());
        v.put("SystemModstamp", SF_TIME.format(created));
    }

    private static String lastActivity(CrmPerson p) {
        LocalDate last = null;
        for (Activity a : p.activities) {
            Instant t = a.completed != null ? a.completed : a.at;
            if (t != null && a.status.equals("Completed") && t.isBefore(Instant.parse("2026-10-31T00:00:00Z"))) {
                LocalDate d = t.atZone(ZoneOffset.UTC).toLocalDate();
                last = last == null || d.isAfter(last) ? d : last;
            }
        }
        return last == null ? "" : last.toString();
    }

    /** The compound address field as the real export renders it: a JSON object. */
    private static String address(String city, String country) {
        if ((city == null || city.isEmpty()) && (country == null || country.isEmpty())) {
            return "";
        }
        return "{\"city\":" + json(city) + ",\"country\":" + json(country) + ",\"geocodeAccuracy\":null,"
                + "\"latitude\":null,\"longitude\":null,\"postalCode\":null,\"state\":null,\"street\":null}";
    }

    private static String json(String s) {
        return s == null || s.isEmpty() ? "null" : "\"" + s + "\"";
    }

    private static String website(Account a) {
        return a.website();
    }

    private static List<String> values(String header, Map<String, String> v) {
        List<String> out = new ArrayList<>();
        for (String col : header.split(",")) {
            String x = v.get(col);
            out.add(x == null ? "" : x);
        }
        return out;
    }
}
