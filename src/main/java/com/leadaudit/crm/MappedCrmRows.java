package com.leadaudit.crm;

import com.leadaudit.followup.Channel;
import com.leadaudit.followup.Direction;
import com.leadaudit.importing.RowProblems;
import com.leadaudit.io.DateTimeValues;
import com.leadaudit.io.LayoutMapping;
import com.leadaudit.io.MappedRow;
import com.leadaudit.io.ParsedTime;
import com.leadaudit.io.ReadContext;
import com.leadaudit.text.Emails;
import com.leadaudit.text.Names;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * Rows of a CRM export read through an operator's mapping file. The mapping names the columns; what they mean is
 * fixed here, so every mapped CRM behaves alike (README, "Mapping files"):
 * <ul>
 *   <li>ids are qualified by the mapping's {@code source}, so a Pipedrive person 17 is never a Zoho person 17;</li>
 *   <li>an activity's time is {@code occurred_at}, else the date-only {@code date} (never shifted);</li>
 *   <li>with a {@code status} column an activity counts only once done; without one, every row happened.</li>
 * </ul>
 */
final class MappedCrmRows {

    private static final Set<String> TRUE = Set.of("true", "yes", "y", "x", "1");

    private final LayoutMapping mapping;
    private final String source;
    private final ReadContext context;
    private final CrmRowMapper rows;
    private final Channel fixedChannel;

    MappedCrmRows(LayoutMapping mapping, ReadContext context, CrmRowMapper rows) {
        this.mapping = mapping;
        this.source = mapping.setting(CrmMappingKinds.SOURCE, "other").toUpperCase(Locale.ROOT);
        this.context = context;
        this.rows = rows;
        this.fixedChannel = ActivityTypeWords.setting(mapping.setting(CrmMappingKinds.CHANNEL, null));
    }

    void map(MappedRow row, RowProblems problems) {
        switch (mapping.kind()) {
            case CrmMappingKinds.CONTACT -> rows.person(row, problems, source, "CONTACT", personId(row));
            case CrmMappingKinds.LEAD -> rows.person(row, problems, source, "LEAD", personId(row));
            case CrmMappingKinds.ACTIVITY -> activity(row, problems);
            default -> throw new IllegalStateException("no CRM mapping kind " + mapping.kind());
        }
    }

    /** Without an id column, the email is the record's identity (as HubSpot itself de-duplicates contacts). */
    private String personId(MappedRow row) {
        if (row.has(CrmSchemas.ID)) {
            return CrmIds.of(source, row.text(CrmSchemas.ID));
        }
        return Emails.normalize(row.text(CrmSchemas.EMAIL)).map(e -> source + ":email:" + e).orElse(null);
    }

    private void activity(MappedRow row, RowProblems problems) {
        String id = row.has(CrmSchemas.ID) ? CrmIds.of(source, row.text(CrmSchemas.ID))
                : source + ":" + context.path() + "#" + row.rowNumber();
        if (id == null) {
            problems.reject(row, "activity without an id in '" + mapping.headersByField().get(CrmSchemas.ID).get(0) + "'");
            return;
        }
        Optional<ParsedTime> when = DateTimeValues.parse(row.cell(CrmMappingKinds.OCCURRED_AT), context.date1904(),
                context.slashOrder());
        if (when.isEmpty()) {
            when = DateTimeValues.parse(row.cell(CrmMappingKinds.DATE), context.date1904(), context.slashOrder())
                    .map(MappedCrmRows::dateOnly);
        }
        if (when.isEmpty()) {
            String shown = row.text(CrmMappingKinds.OCCURRED_AT).isEmpty() ? row.text(CrmMappingKinds.DATE)
                    : row.text(CrmMappingKinds.OCCURRED_AT);
            problems.reject(row, shown.isEmpty() ? "activity has no date" : "activity has no date: '" + shown
                    + "' is not a date");
            return;
        }
        Channel channel = ActivityTypeWords.channel(row.text(CrmSchemas.TYPE)).orElse(fixedChannel);
        List<String> people = new ArrayList<>();
        for (String part : row.text(CrmMappingKinds.PERSON_IDS).split("[;,]")) {
            String pid = CrmIds.of(source, part);
            if (pid != null) {
                people.add(pid);
            }
        }
        rows.activity(row, source, id, channel, Direction.parse(row.text(CrmSchemas.DIRECTION)), happened(row),
                when.get(), Names.clean(row.text(CrmSchemas.OWNER)), row.text(CrmSchemas.SUBJECT), people,
                Emails.normalize(row.text(CrmSchemas.CONTACT_EMAIL)).orElse(null));
    }

    private boolean happened(MappedRow row) {
        if (!row.has(CrmSchemas.STATUS)) {
            return true;
        }
        String status = row.text(CrmSchemas.STATUS);
        return Completion.taskCompleted(status) || TRUE.contains(status.toLowerCase(Locale.ROOT));
    }

    /** A due date is a day, even when the export writes it with a midnight time or an offset. */
    private static ParsedTime dateOnly(ParsedTime t) {
        if (t instanceof ParsedTime.Local l) {
            return new ParsedTime.DateOnly(l.value().toLocalDate());
        }
        if (t instanceof ParsedTime.Instant i) {
            return new ParsedTime.DateOnly(i.value().atZone(ZoneOffset.UTC).toLocalDate());
        }
        return t;
    }
}
