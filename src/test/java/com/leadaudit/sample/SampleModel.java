package com.leadaudit.sample;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The small object model the generator plans with before any file is written. */
final class SampleModel {

    private SampleModel() {
    }

    /**
     * One real-world person as somebody recorded them. The same human can appear as two Persons (a badge says
     * "Jon Smyth", the CRM "John Smyth"): that difference is exactly what the matching tiers are about.
     * {@code phone} and {@code mobile} are display forms as that source wrote them.
     */
    record Person(String first, String last, String company, String title, String email, String phone,
                  String mobile, String country, String city) {

        Person withEmail(String e) {
            return new Person(first, last, company, title, e, phone, mobile, country, city);
        }

        Person withPhones(String p, String m) {
            return new Person(first, last, company, title, email, p, m, country, city);
        }

        String fullName() {
            return first + " " + last;
        }
    }

    /**
     * One badge-scan row. The {@code *Text} overrides, when set, are written instead of the clean value: that is
     * how dirty input (mailto:, stray spaces, an impossible date) gets into a file.
     */
    static final class Scan {
        final Person person;
        final LocalDateTime at;
        final String staff;
        String file;
        String device = "";
        String rating = "";
        String notes = "";
        String badgeId = "";
        String emailText;
        String firstText;
        String lastText;
        String timeText;
        boolean blankTime;
        final Map<String, String> answers = new LinkedHashMap<>();

        Scan(Person person, LocalDateTime at, String staff, String file) {
            this.person = person;
            this.at = at;
            this.staff = staff;
            this.file = file;
        }

        String email() {
            return emailText != null ? emailText : person.email() == null ? "" : person.email();
        }

        String first() {
            return firstText != null ? firstText : person.first();
        }

        String last() {
            return lastText != null ? lastText : person.last();
        }
    }

    enum Crm { SF_CONTACT, SF_LEAD, SF_CONVERTED, HUBSPOT }

    /** A sales rep / CRM user. Salesforce shows the 005 id, HubSpot the name. */
    record User(String first, String last, String sfId, String email) {
        String name() {
            return first + " " + last;
        }
    }

    /** A contact or lead in one CRM, with the activities logged on it. */
    static final class CrmPerson {
        final Crm kind;
        final Person person;
        final User owner;
        final Instant created;
        /** For SF_CONVERTED: the lead record as it was when converted (may carry an older email). */
        Person leadView;
        LocalDate convertedDate;
        String id;
        String leadId;
        String accountId;
        String lifecycle = "Lead";
        String leadStatus = "Working";
        String leadSource = "Trade Show";
        final List<Activity> activities = new ArrayList<>();

        CrmPerson(Crm kind, Person person, User owner, Instant created) {
            this.kind = kind;
            this.person = person;
            this.owner = owner;
            this.created = created;
            this.leadView = person;
        }

        CrmPerson add(Activity a) {
            activities.add(a);
            return this;
        }
    }

    enum Kind { SF_TASK, SF_EVENT, HS_CALL, HS_EMAIL, HS_MEETING }

    /**
     * One CRM activity. Which fields matter depends on {@link Kind}: Salesforce tasks use subtype, status,
     * completed, created and activityDate; events use at/allDay/activityDate; HubSpot rows use at, subtype
     * (email direction, meeting outcome, call direction) and outcome.
     */
    static final class Activity {
        final Kind kind;
        String subtype = "";
        String subject = "";
        String status = "Completed";
        Instant at;
        Instant completed;
        Instant created;
        LocalDate activityDate;
        boolean allDay;
        /** Written to the field-subset Task extract (no CreatedDate/CompletedDateTime columns) instead of Task.csv. */
        boolean minimalExtract;
        String outcome = "";
        String notes = "";
        int durationMinutes = 30;
        User owner;
        /** HubSpot: further associated contacts, written before the owning person in "Associated Contact IDs". */
        final List<CrmPerson> alsoAssociated = new ArrayList<>();

        Activity(Kind kind) {
            this.kind = kind;
        }

        static Activity sfTask(String subtype, String subject, Instant completed, User owner) {
            Activity a = new Activity(Kind.SF_TASK);
            a.subtype = subtype;
            a.subject = subject;
            a.completed = completed;
            a.created = completed;
            a.owner = owner;
            return a;
        }

        static Activity sfEvent(String subject, Instant start, int minutes, User owner) {
            Activity a = new Activity(Kind.SF_EVENT);
            a.subject = subject;
            a.at = start;
            a.created = start.minusSeconds(3L * 24 * 3600);
            a.durationMinutes = minutes;
            a.owner = owner;
            return a;
        }

        static Activity hubSpot(Kind kind, String subtype, String subject, Instant at, User owner) {
            Activity a = new Activity(kind);
            a.subtype = subtype;
            a.subject = subject;
            a.at = at;
            a.owner = owner;
            return a;
        }
    }
}
