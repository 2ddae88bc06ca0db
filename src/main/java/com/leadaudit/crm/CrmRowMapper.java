package com.leadaudit.crm;

import static com.leadaudit.crm.CrmSchemas.*;

import com.leadaudit.followup.Channel;
import com.leadaudit.followup.Direction;
import com.leadaudit.importing.FileNotes;
import com.leadaudit.importing.RowProblems;
import com.leadaudit.io.ColumnNames;
import com.leadaudit.io.DateTimeValues;
import com.leadaudit.io.MappedRow;
import com.leadaudit.io.ParsedTime;
import com.leadaudit.io.ReadContext;
import com.leadaudit.io.TableLayout;
import com.leadaudit.text.Emails;
import com.leadaudit.text.Names;
import com.leadaudit.text.Phones;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Maps one row of a recognised CRM export to staging rows (SPEC §6, §7): which person it is, or which activity,
 * on which channel, in which direction, whether it happened and when.
 */
final class CrmRowMapper {

    private static final java.util.regex.Pattern ID_SEPARATOR = java.util.regex.Pattern.compile("[;,]");
    /** A HubSpot owner id as internal-name exports write it (hubspot_owner_id), also as Excel's "123.0". */
    private static final java.util.regex.Pattern HUBSPOT_OWNER_ID = java.util.regex.Pattern.compile("\\d{1,18}(\\.0)?");

    private final String kind;
    private final ReadContext context;
    private final String crmCountry;
    private final CrmRowWriter out;
    /** Dynamics keeps the record GUID in a hidden "(Do Not Modify) Contact" style column. */
    private final int dynamicsIdColumn;
    private final String dynamicsEntity;
    /** What this file lacks and what was assumed for it (SPEC §4: no silent fallback), said once per file. */
    private final FileNotes notes = new FileNotes();
    /** Owner ids this file names, by owner key, in the form it writes them (SPEC §14): the longest when both. */
    private final java.util.Map<String, String> ownerForms = new java.util.TreeMap<>();

    CrmRowMapper(TableLayout layout, ReadContext context, String crmCountry, CrmRowWriter out) {
        this.kind = layout.schema().kind();
        this.context = context;
        this.crmCountry = crmCountry;
        this.out = out;
        int idColumn = -1;
        String entity = "";
        for (int i = 0; i < layout.headers().size(); i++) {
            String header = layout.headers().get(i).strip();
            if (ColumnNames.isSystemColumn(header)) {
                String name = header.substring(header.indexOf(')') + 1).strip();
                String key = name.toLowerCase(Locale.ROOT);
                if (!key.equals("row checksum") && !key.equals("modified on") && idColumn < 0) {
                    idColumn = i;
                    entity = key;
                }
            }
        }
        this.dynamicsIdColumn = idColumn;
        this.dynamicsEntity = entity;
        noteMissingColumns(layout);
    }

    /** Columns whose absence makes a rule assume something that changes figures. */
    private void noteMissingColumns(TableLayout layout) {
        switch (kind) {
            case SF_TASK -> {
                if (!layout.has(COMPLETED_AT)) {
                    notes.file(layout.has(CREATED_AT)
                            ? "no completion time column (CompletedDateTime / Completed Date): completed tasks are "
                              + "timed at their creation (CreatedDate)"
                            : "no completion or creation time column: tasks are timed at their due date "
                              + "(ActivityDate), a date without a time");
                }
                if (!layout.has(TASK_SUBTYPE) && !layout.has(TYPE)) {
                    notes.file("no TaskSubtype or Type column: each task's channel is inferred from its subject "
                            + "and call fields (SPEC §7)");
                }
            }
            case HS_CALL -> {
                if (!layout.has(CALL_STATUS)) {
                    notes.file("no call status column: every call counts as placed, so a failed or cancelled "
                            + "call would count as a follow-up");
                }
                if (!layout.has(DIRECTION)) {
                    notes.file("no call direction column: every call counts as outgoing");
                }
            }
            case HS_EMAIL -> {
                if (!layout.has(DIRECTION)) {
                    notes.file("no email direction column: every email counts as outgoing, so replies from the "
                            + "lead would count as follow-ups");
                }
            }
            case HS_TASK -> {
                if (!layout.has(COMPLETED_AT)) {
                    notes.file("no task completion date column: completed tasks are timed at their due date");
                }
            }
            case SF_OPPORTUNITY, HS_DEAL, DYN_OPPORTUNITY -> {
                if (!layout.has(CURRENCY)) {
                    notes.file("no currency column: amounts are taken to be in the CRM's one currency and shown "
                            + "without one (an amount that names its currency, like €12,500, keeps it)");
                }
            }
            case DYN_ACTIVITY -> {
                if (!layout.has(DIRECTION)) {
                    notes.file("no Direction column: every email and phone call counts as outgoing");
                }
                if (!layout.has(ACTUAL_END)) {
                    notes.file("no Actual End column: completed activities are timed at Modified On");
                }
            }
            default -> {
            }
        }
        if ((kind.startsWith("hubspot-") && !kind.equals(HS_CONTACT) && !layout.has(CONTACT_IDS)
                && !layout.has(CONTACT_EMAIL))
                || (kind.equals(DYN_ACTIVITY) && !layout.has(CONTACT_EMAIL))) {
            notes.file("no column names the contact (Associated Contact IDs, or the regarding contact's email): "
                    + "these activities cannot be linked to anyone");
        }
    }

    /** Says, once for the file, what it lacked and how many rows a fallback decided. */
    void finish(RowProblems problems) {
        notes.report(problems);
    }

    void map(MappedRow row, RowProblems problems) {
        if (isTrue(row.text(DELETED))) {
            return;
        }
        switch (kind) {
            case SF_ACCOUNT -> account(row, problems);
            case SF_USER -> user(row, problems);
            case HS_OWNER -> hubspotOwner(row, problems);
            case SF_CONTACT -> person(row, problems, CrmIds.SALESFORCE, "CONTACT", recordId(row, CrmIds.SALESFORCE, ID));
            case SF_LEAD -> person(row, problems, CrmIds.SALESFORCE, "LEAD", recordId(row, CrmIds.SALESFORCE, ID));
            case HS_CONTACT -> person(row, problems, CrmIds.HUBSPOT, "CONTACT", recordId(row, CrmIds.HUBSPOT, RECORD_ID));
            case DYN_PERSON -> person(row, problems, CrmIds.DYNAMICS, dynamicsEntity.contains("lead") ? "LEAD" : "CONTACT",
                    dynamicsId(row).orElseGet(() -> Emails.normalize(row.text(EMAIL))
                            .map(e -> CrmIds.DYNAMICS + ":email:" + e).orElse(null)));
            case SF_TASK -> salesforceTask(row, problems);
            case SF_EVENT -> salesforceEvent(row, problems);
            case HS_CALL, HS_EMAIL, HS_MEETING, HS_TASK -> hubspotActivity(row, problems);
            case DYN_ACTIVITY -> dynamicsActivity(row, problems);
            case SF_OPPORTUNITY, HS_DEAL, DYN_OPPORTUNITY -> opportunity(row, problems);
            case SF_CONTACT_ROLE -> contactRole(row, problems);
            default -> throw new IllegalStateException("no mapper for " + kind);
        }
    }

    /**
     * The row's CRM id. An id Excel has damaged ("1.11015E+11") names no record: the person is kept under an id of
     * its own row, so nothing is merged by it, and the file is told (SPEC §4).
     */
    private String recordId(MappedRow row, String source, String field) {
        String raw = row.text(field);
        if (CrmIds.damagedByExcel(raw)) {
            notes.count("ids damaged by Excel: those rows are kept as records of their own and nothing is merged "
                    + "or linked by those ids; export the file again without opening it in Excel", raw);
            return source + ":" + context.path() + "#" + row.rowNumber();
        }
        return source.equals(CrmIds.SALESFORCE) ? CrmIds.salesforce(raw) : CrmIds.of(source, raw);
    }

    private void account(MappedRow row, RowProblems problems) {
        String id = CrmIds.salesforce(row.text(ID));
        if (id == null) {
            problems.reject(row, "account without an Id");
            return;
        }
        out.account(id, Names.clean(row.text(NAME)));
    }

    /**
     * A Salesforce user (Data Loader "Id" or a report's 15-character "User ID"), named by "Name" / "Full Name", else
     * first and last name, else the username or email: whatever a reader of the workbook recognises.
     */
    private void user(MappedRow row, RowProblems problems) {
        String id = CrmIds.salesforce(row.text(ID));
        if (id == null) {
            problems.reject(row, "user without an Id");
            return;
        }
        out.user(id, ownerName(row, USERNAME));
    }

    /** A HubSpot owner: what the hubspot_owner_id numbers of internal-name exports stand for (SPEC §14). */
    private void hubspotOwner(MappedRow row, RowProblems problems) {
        String id = CrmIds.of(CrmIds.HUBSPOT, row.text(ID));
        if (id == null) {
            problems.reject(row, "owner without an Owner ID");
            return;
        }
        out.user(id, ownerName(row, EMAIL));
    }

    private static String ownerName(MappedRow row, String fallback) {
        String name = Names.clean(row.text(NAME));
        if (name.isEmpty()) {
            name = Names.clean(row.text(FIRST_NAME) + " " + row.text(LAST_NAME));
        }
        if (name.isEmpty()) {
            name = Names.clean(row.text(fallback));
        }
        return name.isEmpty() ? Names.clean(row.text(EMAIL)) : name;
    }

    /** Also used for rows of mapped exports ({@link MappedCrmRows}). */
    void person(MappedRow row, RowProblems problems, String source, String type, String crmId) {
        if (crmId == null) {
            problems.reject(row, "no record id: the row cannot be told apart from other records");
            return;
        }
        String first = Names.clean(row.text(FIRST_NAME));
        String last = Names.clean(row.text(LAST_NAME));
        if (first.isEmpty() && last.isEmpty() && !row.text(FULL_NAME).isEmpty()) {
            String full = Names.clean(row.text(FULL_NAME));
            int space = full.lastIndexOf(' ');
            first = space < 0 ? "" : full.substring(0, space);
            last = space < 0 ? full : full.substring(space + 1);
        }
        String email = row.text(EMAIL);
        Optional<String> emailNorm = Emails.normalize(email);
        List<String> phones = new ArrayList<>();
        for (String field : List.of(PHONE, MOBILE, HOME_PHONE, OTHER_PHONE)) {
            Phones.toE164(row.text(field), crmCountry).filter(p -> !phones.contains(p)).ifPresent(phones::add);
        }
        String accountId = source.equals(CrmIds.SALESFORCE) ? CrmIds.salesforce(row.text(ACCOUNT_ID)) : null;
        String converted = isTrue(row.text(IS_CONVERTED)) ? CrmIds.salesforce(row.text(CONVERTED_CONTACT)) : null;
        String company = Names.clean(row.text(COMPANY));
        out.person(new PersonRow(row.rowNumber(), source, type, crmId, first, last, email, emailNorm.orElse(null),
                company, accountId, phones, ownerId(source, row.text(OWNER)), converted,
                Names.key(first + " " + last), Names.key(last), Names.companyKey(company)));
    }

    private void salesforceTask(MappedRow row, RowProblems problems) {
        String id = CrmIds.salesforce(row.text(ID));
        if (id == null) {
            problems.reject(row, "task without an Id");
            return;
        }
        String subject = row.text(SUBJECT);
        boolean callFields = !row.text(CALL_TYPE).isEmpty() || !row.text(CALL_DURATION).isEmpty();
        Channel channel = ChannelRules.salesforceTask(row.text(TASK_SUBTYPE), row.text(TYPE), subject,
                !row.text(EMAIL_MESSAGE_ID).isEmpty(), callFields);
        String status = row.text(STATUS);
        boolean completed = status.isEmpty() ? isTrue(row.text(IS_CLOSED)) : Completion.taskCompleted(status);
        // SPEC §7: CompletedDateTime, else CreatedDate for a completed task, else the date-only ActivityDate.
        Optional<ParsedTime> when = time(row, COMPLETED_AT);
        if (when.isEmpty() && completed) {
            when = time(row, CREATED_AT);
        }
        if (when.isEmpty()) {
            when = date(row, ACTIVITY_DATE);
            if (when.isPresent() && completed && (row.has(COMPLETED_AT) || row.has(CREATED_AT))) {
                notes.count("completed tasks have neither a completion nor a creation time: timed at their due "
                        + "date (ActivityDate)", null);
            }
        }
        if (when.isEmpty()) {
            problems.reject(row, "task has no completion, creation or due date");
            return;
        }
        activity(row, CrmIds.SALESFORCE, id, channel, Direction.parse(row.text(CALL_TYPE)), completed, when.get(),
                ownerId(CrmIds.SALESFORCE, row.text(OWNER)), subject, ids(CrmIds.SALESFORCE, row.text(WHO_ID)), null);
    }

    private void salesforceEvent(MappedRow row, RowProblems problems) {
        String id = CrmIds.salesforce(row.text(ID));
        if (id == null) {
            problems.reject(row, "event without an Id");
            return;
        }
        Optional<ParsedTime> when = isTrue(row.text(ALL_DAY)) ? date(row, ACTIVITY_DATE) : time(row, START);
        if (when.isEmpty()) {
            when = date(row, ACTIVITY_DATE);
        }
        if (when.isEmpty()) {
            problems.reject(row, "event has no start date");
            return;
        }
        activity(row, CrmIds.SALESFORCE, id, ChannelRules.salesforceEvent(), Direction.UNKNOWN, true, when.get(),
                ownerId(CrmIds.SALESFORCE, row.text(OWNER)), row.text(SUBJECT),
                ids(CrmIds.SALESFORCE, row.text(WHO_ID)), null);
    }

    private void hubspotActivity(MappedRow row, RowProblems problems) {
        String id = CrmIds.of(CrmIds.HUBSPOT, row.text(RECORD_ID));
        if (id == null) {
            problems.reject(row, "activity without a Record ID");
            return;
        }
        String exportKind = switch (kind) {
            case HS_CALL -> "call";
            case HS_EMAIL -> "email";
            case HS_MEETING -> "meeting";
            default -> "task";
        };
        Channel channel = ChannelRules.hubspot(exportKind, row.text(TYPE));
        boolean happened = switch (exportKind) {
            case "meeting" -> !Completion.meetingCancelled(row.text(OUTCOME));
            case "task" -> Completion.taskCompleted(row.text(STATUS));
            case "call" -> Completion.callPlaced(row.text(CALL_STATUS));
            default -> true;
        };
        Optional<ParsedTime> when = exportKind.equals("task") ? time(row, COMPLETED_AT) : Optional.empty();
        if (when.isEmpty()) {
            when = time(row, WHEN);
            if (when.isPresent() && exportKind.equals("task") && happened && row.has(COMPLETED_AT)) {
                notes.count("completed tasks have no completion date: timed at their due date", null);
            }
        }
        if (when.isEmpty() && exportKind.equals("meeting")) {
            when = time(row, START);
        }
        if (when.isEmpty()) {
            problems.reject(row, "activity has no date: '" + row.text(WHEN) + "'");
            return;
        }
        List<String> people = new ArrayList<>();
        for (String part : ID_SEPARATOR.split(row.text(CONTACT_IDS))) {
            if (CrmIds.damagedByExcel(part)) {
                notes.count("associated contact ids damaged by Excel: those links are dropped; export the file "
                        + "again without opening it in Excel", part.strip());
                continue;
            }
            String pid = CrmIds.of(CrmIds.HUBSPOT, part);
            if (pid != null) {
                people.add(pid);
            }
        }
        activity(row, CrmIds.HUBSPOT, id, channel, Direction.parse(row.text(DIRECTION)), happened, when.get(),
                ownerId(CrmIds.HUBSPOT, row.text(OWNER)), row.text(SUBJECT), people, Emails.normalize(row.text(CONTACT_EMAIL)).orElse(null));
    }

    private void dynamicsActivity(MappedRow row, RowProblems problems) {
        String id = dynamicsId(row).orElse(CrmIds.DYNAMICS + ":" + context.path() + "#" + row.rowNumber());
        Channel channel = ChannelRules.dynamics(row.text(ACTIVITY_TYPE));
        boolean completed = Completion.taskCompleted(row.text(STATUS));
        // SPEC §7: an appointment counts unless cancelled (a past scheduled one still counts); emails, phone calls
        // and tasks only when completed.
        boolean happened = channel == Channel.MEETING ? !Completion.meetingCancelled(row.text(STATUS)) : completed;
        Optional<ParsedTime> when = time(row, ACTUAL_END);
        if (when.isEmpty() && completed) {
            when = time(row, MODIFIED_ON);
            if (when.isPresent() && row.has(ACTUAL_END)) {
                notes.count("completed activities have no Actual End: timed at Modified On", null);
            }
        }
        if (when.isEmpty()) {
            if (!completed) {
                return; // an open Dynamics activity is not a follow-up yet; nothing to keep
            }
            problems.reject(row, "completed activity has no Actual End or Modified On date");
            return;
        }
        activity(row, CrmIds.DYNAMICS, id, channel,
                Direction.parse(row.text(DIRECTION)), happened, when.get(), row.text(OWNER), row.text(SUBJECT),
                List.of(), Emails.normalize(row.text(CONTACT_EMAIL)).orElse(null));
    }

    /**
     * An opportunity or deal (SPEC §14). Which CRM people it belongs to: Salesforce's ContactId (contact roles come in
     * their own export), HubSpot's associated contact ids, the email of a Dynamics opportunity's contact. Won or lost
     * from Salesforce's IsClosed / IsWon, HubSpot's Is Closed Won or deal stage, Dynamics' status.
     */
    private void opportunity(MappedRow row, RowProblems problems) {
        String source = kind.equals(SF_OPPORTUNITY) ? CrmIds.SALESFORCE
                : kind.equals(HS_DEAL) ? CrmIds.HUBSPOT : CrmIds.DYNAMICS;
        String id = switch (kind) {
            case SF_OPPORTUNITY -> recordId(row, CrmIds.SALESFORCE, ID);
            case HS_DEAL -> recordId(row, CrmIds.HUBSPOT, RECORD_ID);
            default -> dynamicsId(row).orElse(null);
        };
        if (id == null) {
            problems.reject(row, "opportunity without an id: it cannot be told apart from others");
            return;
        }
        Optional<ParsedTime> created = time(row, CREATED_AT);
        if (created.isEmpty()) {
            problems.reject(row, "opportunity has no creation date: '" + row.text(CREATED_AT) + "'");
            return;
        }
        com.leadaudit.outcome.DealStates.Closing closing = closing(row);
        String amountText = closing.won() && !row.text(ACTUAL_AMOUNT).isEmpty() ? row.text(ACTUAL_AMOUNT)
                : row.text(AMOUNT);
        Optional<com.leadaudit.outcome.Amounts.Amount> amount = com.leadaudit.outcome.Amounts.parse(amountText);
        if (amount.isEmpty() && !amountText.isEmpty()) {
            problems.warn(row, "amount '" + amountText + "' is not a number: the opportunity counts without one");
        }
        String currency = row.text(CURRENCY).isEmpty()
                ? amount.map(com.leadaudit.outcome.Amounts.Amount::currency).orElse(null)
                : currencyName(row.text(CURRENCY));
        List<String> people = new ArrayList<>();
        if (kind.equals(SF_OPPORTUNITY)) {
            Optional.ofNullable(CrmIds.salesforce(row.text(CONTACT_ID))).ifPresent(people::add);
        } else if (kind.equals(HS_DEAL)) {
            people.addAll(ids(CrmIds.HUBSPOT, row.text(CONTACT_IDS)));
        }
        LocalDate closeDate = date(row, CLOSE_DATE).map(t -> ((ParsedTime.DateOnly) t).value()).orElse(null);
        String name = Names.clean(row.text(NAME));
        out.opportunity(new OpportunityRow(row.rowNumber(), source, id, name,
                amount.map(com.leadaudit.outcome.Amounts.Amount::value).orElse(null), currency,
                row.text(STAGE).isEmpty() ? row.text(STATUS) : row.text(STAGE), closing.closed(), closing.won(),
                created.get().wallTime(), created.get().offsetInstant(), closeDate, people, Emails.normalize(row.text(CONTACT_EMAIL)).orElse(null),
                kind.equals(SF_OPPORTUNITY) ? CrmIds.salesforce(row.text(ACCOUNT_ID)) : null));
    }

    private com.leadaudit.outcome.DealStates.Closing closing(MappedRow row) {
        if (row.has(IS_WON) || row.has(IS_CLOSED)) {
            boolean won = isTrue(row.text(IS_WON));
            boolean closed = won || isTrue(row.text(IS_CLOSED));
            if (closed || !row.text(IS_CLOSED).isEmpty()) {
                return new com.leadaudit.outcome.DealStates.Closing(closed, won);
            }
        }
        return com.leadaudit.outcome.DealStates.fromStageOrStatus(row.has(STATUS) ? row.text(STATUS) : row.text(STAGE));
    }

    /** ISO codes in upper case ("eur" is EUR); names as the CRM writes them (Dynamics: "Euro", "US Dollar"). */
    private static String currencyName(String text) {
        return text.matches("[A-Za-z]{3}") ? text.toUpperCase(Locale.ROOT) : text;
    }

    /** A Salesforce OpportunityContactRole row: the opportunity belongs to that contact too. */
    private void contactRole(MappedRow row, RowProblems problems) {
        String opportunity = CrmIds.salesforce(row.text(OPPORTUNITY_ID));
        String contact = CrmIds.salesforce(row.text(CONTACT_ID));
        if (opportunity == null || contact == null) {
            problems.reject(row, "contact role without an opportunity or contact id");
            return;
        }
        out.contactRole(row.rowNumber(), opportunity, contact);
    }

    /** Also used for rows of mapped exports ({@link MappedCrmRows}). */
    void activity(MappedRow row, String source, String id, Channel channel, Direction direction,
                  boolean happened, ParsedTime when, String owner, String subject, List<String> personIds,
                  String contactEmail) {
        java.time.LocalDateTime local = null;
        java.time.Instant instant = null;
        LocalDate date = null;
        if (when instanceof ParsedTime.Instant i) {
            instant = i.value();
        } else if (when instanceof ParsedTime.Local l) {
            local = l.value();
        } else if (when instanceof ParsedTime.DateOnly d) {
            date = d.value();
        }
        out.activity(new ActivityRow(row.rowNumber(), source, id, channel.name(), direction.name(), happened, local,
                instant, date, owner, subject.length() > 500 ? subject.substring(0, 500) : subject, personIds,
                contactEmail));
    }

    /** A date-time; a wall time in a column whose header names a zone ("Activity date (GMT)") is in that zone. */
    private Optional<ParsedTime> time(MappedRow row, String field) {
        return parsed(row, field).map(t -> t.inZone(row.zone(field)));
    }

    private Optional<ParsedTime> parsed(MappedRow row, String field) {
        return DateTimeValues.parse(row.cell(field), context.date1904(), context.slashOrder());
    }

    /** Date-only fields (Salesforce ActivityDate) stay dates even when written as "2024-01-23 00:00:00". */
    private Optional<ParsedTime> date(MappedRow row, String field) {
        return parsed(row, field).map(t -> {
            if (t instanceof ParsedTime.Local l) {
                return new ParsedTime.DateOnly(l.value().toLocalDate());
            }
            if (t instanceof ParsedTime.Instant i) {
                return new ParsedTime.DateOnly(i.value().atZone(java.time.ZoneOffset.UTC).toLocalDate());
            }
            return t;
        });
    }

    private Optional<String> dynamicsId(MappedRow row) {
        return dynamicsIdColumn < 0 ? Optional.empty()
                : Optional.ofNullable(CrmIds.of(CrmIds.DYNAMICS, row.cellText(dynamicsIdColumn)));
    }

    static List<String> ids(String source, String raw) {
        // split by hand, not by pattern and stream: one call per activity row, 4% of the import threads' samples at
        // issue #17's shape, and nearly every row names one id; an empty part names nobody, as before
        List<String> ids = new ArrayList<>(1);
        int start = 0;
        for (int i = 0; i <= raw.length(); i++) {
            if (i == raw.length() || raw.charAt(i) == ';' || raw.charAt(i) == ',') {
                String part = raw.substring(start, i);
                String id = source.equals(CrmIds.SALESFORCE) ? CrmIds.salesforce(part) : CrmIds.of(source, part);
                if (id != null) {
                    ids.add(id);
                }
                start = i + 1;
            }
        }
        return List.copyOf(ids);
    }

    /**
     * An owner as the staging rows keep it (SPEC §14). Salesforce owners are user ids ("005…"), HubSpot
     * internal-name exports write owner ids (hubspot_owner_id numbers): both are kept by their key
     * ({@link CrmIds}: a Salesforce id by its first 15 characters), resolved to names through a User or owners
     * export when there is one, else shown as the export wrote them ({@link #ownerForms}). Other owners are names.
     */
    private String ownerId(String source, String raw) {
        String written = raw == null ? "" : raw.strip();
        String key = null;
        if (source.equals(CrmIds.SALESFORCE) && written.startsWith("005")) {
            key = CrmIds.salesforce(written);
            if (key == null) {
                return "";
            }
        } else if (source.equals(CrmIds.HUBSPOT) && HUBSPOT_OWNER_ID.matcher(written).matches()) {
            written = written.endsWith(".0") ? written.substring(0, written.length() - 2) : written;
            key = CrmIds.of(CrmIds.HUBSPOT, written);
        }
        if (key == null) {
            return Names.clean(written);
        }
        String form = written;
        ownerForms.merge(key, form, (a, b) -> a.length() != b.length() ? (a.length() > b.length() ? a : b)
                : (a.compareTo(b) <= 0 ? a : b));
        return key;
    }

    /** The owner ids this file wrote, by owner key, each in the form the file wrote it. */
    java.util.Map<String, String> ownerForms() {
        return ownerForms;
    }

    private static boolean isTrue(String value) {
        String v = value.strip().toLowerCase(Locale.ROOT);
        return v.equals("true") || v.equals("1") || v.equals("yes") || v.equals("y");
    }
}
