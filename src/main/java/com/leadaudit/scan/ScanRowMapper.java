package com.leadaudit.scan;

import static com.leadaudit.scan.BadgeScanSchema.*;

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
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Turns one badge-scan row into a {@link Scan}, or rejects it with a reason a person understands (SPEC §5). */
final class ScanRowMapper {

    /**
     * Real exports carry a few dozen custom questions at most. A sheet with thousands of unread columns is a damaged
     * or hostile file, and every kept column becomes a column of the campaign's Leads sheet, which Excel caps.
     */
    static final int MAX_ANSWER_COLUMNS = 100;

    private final ReadContext context;
    private final String country;
    private final boolean hasScanTime;
    private final boolean timeOnlyColumn;
    private final Map<Integer, String> answerColumns = new LinkedHashMap<>();
    private int droppedAnswerColumns;
    /** Words of a header that names a date or time, in the languages the badge-scan synonyms cover. */
    private static final java.util.regex.Pattern TIME_WORD = java.util.regex.Pattern.compile(
            "\\b(date|time|datetime|timestamp|datum|zeit|uhrzeit|zeitpunkt|fecha|hora|heure|data|ora|tijd)\\b");

    ScanRowMapper(TableLayout layout, ReadContext context, String campaignCountry) {
        this.context = context;
        this.country = campaignCountry;
        Map<String, Integer> columns = layout.columnByField();
        // A lone "Scan Time" or "Time" column carries the whole date-time (as Excel date cells usually do).
        this.timeOnlyColumn = !columns.containsKey(SCANNED_AT) && !columns.containsKey(SCAN_DATE)
                && columns.containsKey(SCAN_TIME);
        this.hasScanTime = columns.containsKey(SCANNED_AT) || columns.containsKey(SCAN_DATE) || timeOnlyColumn;
        for (int i = 0; i < layout.headers().size(); i++) {
            String header = layout.headers().get(i);
            String key = ColumnNames.normalize(header);
            if (!key.isEmpty() && !layout.reads(i) && !ColumnNames.isSystemColumn(header)
                    && !NOT_ANSWERS.contains(key) && !repeatsHeaderAlreadyRead(layout, key)) {
                if (answerColumns.size() < MAX_ANSWER_COLUMNS) {
                    answerColumns.put(i, header.strip());
                } else {
                    droppedAnswerColumns++;
                }
            }
        }
    }

    /**
     * A second "Email" or "First Name" (two exports pasted side by side) is not a custom question: the field is
     * read from its first column, and keeping the repeat would put a second Email column on the Leads sheet.
     */
    private boolean repeatsHeaderAlreadyRead(TableLayout layout, String key) {
        return layout.columnByField().values().stream()
                .anyMatch(column -> ColumnNames.normalize(layout.headers().get(column)).equals(key))
                || answerColumns.values().stream().anyMatch(header -> ColumnNames.normalize(header).equals(key));
    }

    boolean hasScanTime() {
        return hasScanTime;
    }

    /**
     * Headers kept as custom answers that name a date or time: with no scan-time column recognised, one of them is
     * likely the scan time under a spelling leadaudit does not know, and every capture is estimated instead.
     */
    List<String> timeLikeAnswerColumns() {
        return answerColumns.values().stream()
                .filter(header -> TIME_WORD.matcher(ColumnNames.normalize(header)).find()).toList();
    }

    /** Custom-question columns beyond {@link #MAX_ANSWER_COLUMNS}, which were not kept. */
    int droppedAnswerColumns() {
        return droppedAnswerColumns;
    }

    Optional<Scan> map(MappedRow row, RowProblems problems) {
        String first = Names.clean(row.text(FIRST_NAME));
        String last = Names.clean(row.text(LAST_NAME));
        if (first.isEmpty() && last.isEmpty() && !row.text(FULL_NAME).isEmpty()) {
            String[] split = splitFullName(Names.clean(row.text(FULL_NAME)));
            first = split[0];
            last = split[1];
        }
        String rawEmail = row.text(EMAIL);
        Optional<String> emailNorm = Emails.normalize(rawEmail);
        if (!rawEmail.isEmpty() && emailNorm.isEmpty()) {
            problems.warn(row, "invalid email '" + rawEmail + "' ignored");
        } else if (emailNorm.isPresent() && !rawEmail.strip().equalsIgnoreCase(emailNorm.get())) {
            // SPEC §4: the normalised value is shown; a change beyond case and spaces keeps the raw value here.
            problems.warn(row, "email '" + rawEmail.strip() + "' shown as '" + emailNorm.get() + "'");
        }
        String badge = row.text(BADGE_ID);
        if (emailNorm.isEmpty() && first.isEmpty() && last.isEmpty() && badge.isEmpty()) {
            problems.reject(row, "no identity: no valid email, no name and no badge id");
            return Optional.empty();
        }
        LocalDateTime local = null;
        Instant instant = null;
        if (hasScanTime) {
            Optional<ParsedTime> time = scanTime(row);
            if (time.isEmpty()) {
                String shown = row.has(SCANNED_AT) ? row.text(SCANNED_AT)
                        : (row.text(SCAN_DATE) + " " + row.text(SCAN_TIME)).strip();
                problems.reject(row, shown.isEmpty() ? "bad scan time: the scan time is empty"
                        : "bad scan time: '" + shown + "' is not a date and time");
                return Optional.empty();
            }
            local = time.get().wallTime();
            instant = time.get().offsetInstant();
        }
        String phoneRaw = !row.text(PHONE).isEmpty() ? row.text(PHONE) : row.text(MOBILE);
        String e164 = Phones.toE164(row.text(PHONE), country)
                .or(() -> Phones.toE164(row.text(MOBILE), country)).orElse(null);
        String company = Names.clean(row.text(COMPANY));
        String scannedBy = Names.clean(!row.text(SCANNED_BY).isEmpty() ? row.text(SCANNED_BY) : row.text(DEVICE));
        String ratingRaw = row.text(RATING);
        return Optional.of(new Scan(row.rowNumber(), local, instant, !hasScanTime, first, last,
                emailNorm.orElse(""), emailNorm.orElse(null), company,
                Names.clean(row.text(TITLE)), phoneRaw, e164, Names.clean(row.text(COUNTRY)), badge, scannedBy,
                ratingRaw, Ratings.classify(ratingRaw).name(), row.text(NOTES), answers(row),
                Names.key(first + " " + last), Names.key(last), Names.companyKey(company)));
    }

    private Optional<ParsedTime> scanTime(MappedRow row) {
        if (row.has(SCANNED_AT) || timeOnlyColumn) {
            String field = timeOnlyColumn ? SCAN_TIME : SCANNED_AT;
            return DateTimeValues.parse(row.cell(field), context.date1904(), context.slashOrder())
                    .map(t -> t.inZone(row.zone(field)));
        }
        Optional<ParsedTime> date = DateTimeValues.parse(row.cell(SCAN_DATE), context.date1904(), context.slashOrder());
        if (date.isEmpty() || !row.has(SCAN_TIME) || row.cell(SCAN_TIME).isBlank()) {
            return date.map(t -> t.inZone(row.zone(SCAN_DATE)));
        }
        LocalDate day = null;
        if (date.get() instanceof ParsedTime.DateOnly d) {
            day = d.value();
        } else if (date.get() instanceof ParsedTime.Local l) {
            day = l.value().toLocalDate();
        }
        if (day == null) {
            return date;
        }
        LocalDate scanDay = day;
        Optional<java.time.ZoneId> zone = row.zone(SCAN_TIME).or(() -> row.zone(SCAN_DATE));
        return DateTimeValues.parseTimeOfDay(row.cell(SCAN_TIME))
                .map(t -> new ParsedTime.Local(scanDay.atTime(t)).inZone(zone));
    }

    private String answers(MappedRow row) {
        if (answerColumns.isEmpty()) {
            return null;
        }
        Map<String, String> values = new LinkedHashMap<>();
        answerColumns.forEach((column, header) -> {
            String value = row.cellText(column);
            if (!value.isEmpty()) {
                values.put(header, value);
            }
        });
        return values.isEmpty() ? null : com.leadaudit.scan.Json.object(values);
    }

    /** "Smith, John" is last-first; otherwise the last word is the last name. */
    static String[] splitFullName(String full) {
        int comma = full.indexOf(',');
        if (comma > 0) {
            return new String[] {full.substring(comma + 1).strip(), full.substring(0, comma).strip()};
        }
        int space = full.lastIndexOf(' ');
        return space < 0 ? new String[] {"", full} : new String[] {full.substring(0, space), full.substring(space + 1)};
    }
}
