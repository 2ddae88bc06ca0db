package com.leadaudit.campaign;

import com.leadaudit.followup.Sla;
import static com.leadaudit.campaign.CampaignRegisterSchema.*;

import com.leadaudit.followup.Channel;
import com.leadaudit.io.DateOrder;
import com.leadaudit.io.DateTimeValues;
import com.leadaudit.io.MappedRow;
import com.leadaudit.io.ParsedTime;
import com.leadaudit.io.SheetRow;
import com.leadaudit.io.Table;
import com.leadaudit.io.TableLayout;
import com.leadaudit.io.TableReader;
import com.leadaudit.io.UnreadableFileException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Reads {@code campaigns.csv} (or .xlsx) and the badge-scan folders into the campaigns of this run (SPEC §3). A bad
 * cell never stops the audit: the campaign falls back to the configured default and the problem is shown as a
 * warning on its Data Quality sheet.
 */
public final class CampaignRegister {

    /**
     * @param cost what the campaign cost (SPEC §3, §14), or null when the register gives none
     */
    public record Entry(Campaign campaign, List<String> warnings, Cost cost) {
        public Entry(Campaign campaign, List<String> warnings) {
            this(campaign, warnings, null);
        }
    }

    /** A campaign's cost in its currency (null when the register names none); never converted. */
    public record Cost(java.math.BigDecimal amount, String currency) {
    }

    /** Excel's cell limit: a longer register cell was cut to it by the reader. */
    private static final int MAX_CELL_CHARS = 32_767;
    /** A campaign name is a title on every sheet; past this it is a pasted document, not a name. */
    static final int MAX_NAME_CHARS = 200;

    /** ISO 3166-1 alpha-2, the codes libphonenumber reads phone numbers by. */
    private static final Set<String> COUNTRIES = Set.of(Locale.getISOCountries());

    private static final Set<String> LOCAL_CODES = Set.of("campaigns.csv", "campaigns.xlsx", "campaigns.xls");

    private CampaignRegister() {
    }

    /** Campaigns to audit: every register row plus every badge-scan folder, in code order. */
    public static List<Entry> read(Path inputDir, CampaignDefaults defaults) {
        Map<String, Entry> byCode = new LinkedHashMap<>();
        List<String> registerWarnings = new ArrayList<>();
        registerFile(inputDir).ifPresent(file -> readRegister(file, defaults, byCode, registerWarnings));
        for (String folder : scanFolders(inputDir)) {
            if (!byCode.containsKey(folder)) {
                List<String> warnings = new ArrayList<>(registerWarnings);
                warnings.add("campaign '" + folder + "' is not in the campaigns register: " + defaultsUsed(defaults));
                if (!isScanFolderName(folder)) {
                    warnings.add("folder name '" + folder + "' holds a path separator, so its badge scans are not read;"
                            + " rename the folder");
                }
                byCode.put(folder, new Entry(unregistered(folder, defaults), warnings));
            }
        }
        return byCode.values().stream().sorted(java.util.Comparator.comparing(e -> e.campaign().code())).toList();
    }

    /** A campaign audited with the configured defaults and dates from its scans (SPEC §3). */
    private static Campaign unregistered(String code, CampaignDefaults defaults) {
        return new Campaign(code, code, null, null, defaults.timeZone(), defaults.sla(), defaults.country(),
                Channel.DEFAULT_QUALIFYING, Set.of(), false);
    }

    private static String defaultsUsed(CampaignDefaults defaults) {
        return "defaults used (time zone " + defaults.timeZone() + ", SLA " + defaults.sla() + ", country "
                + defaults.country() + ", dates from the scans)";
    }

    private static Optional<Path> registerFile(Path inputDir) {
        try (Stream<Path> files = Files.list(inputDir)) {
            return files.filter(f -> LOCAL_CODES.contains(f.getFileName().toString().toLowerCase(Locale.ROOT)))
                    .sorted().findFirst();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list " + inputDir + ": " + e.getMessage(), e);
        }
    }

    static List<String> scanFolders(Path inputDir) {
        Path root = inputDir.resolve("badge-scans");
        if (!Files.isDirectory(root)) {
            return List.of();
        }
        try (Stream<Path> dirs = Files.list(root)) {
            return dirs.filter(Files::isDirectory).map(d -> d.getFileName().toString())
                    .filter(name -> !name.startsWith(".")).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list " + root + ": " + e.getMessage(), e);
        }
    }

    private static void readRegister(Path file, CampaignDefaults defaults, Map<String, Entry> byCode,
                                     List<String> registerWarnings) {
        try (Table table = TableReader.open(file, List.of(SCHEMA))) {
            TableLayout layout = table.layout();
            Iterator<SheetRow> rows = table.dataRows();
            while (rows.hasNext()) {
                MappedRow row = new MappedRow(rows.next(), layout);
                String code = row.text(CODE);
                if (code.isEmpty()) {
                    registerWarnings.add(file.getFileName() + " row " + row.rowNumber() + ": no campaign code, row ignored");
                    continue;
                }
                if (byCode.containsKey(code)) {
                    registerWarnings.add(file.getFileName() + " row " + row.rowNumber() + ": campaign '" + code
                            + "' is listed twice; the first row is used");
                    continue;
                }
                byCode.put(code, entry(file, row, code, defaults, table.date1904()));
            }
        } catch (UnreadableFileException e) {
            registerWarnings.add("the campaigns register " + file.getFileName() + " cannot be read (" + e.getMessage()
                    + "): every campaign uses the defaults");
        }
    }

    /**
     * Whether a campaign code can name its folder under badge-scans/: one plain path segment, not hidden. Codes come
     * from a register cell, and a code like {@code ../../etc} must never send the import outside the input folder.
     */
    public static boolean isScanFolderName(String code) {
        return !code.isEmpty() && !code.startsWith(".") && code.indexOf('/') < 0 && code.indexOf('\\') < 0
                && code.indexOf('\0') < 0;
    }

    private static Entry entry(Path file, MappedRow row, String code, CampaignDefaults defaults, boolean date1904) {
        List<String> warnings = new ArrayList<>();
        String where = file.getFileName() + " row " + row.rowNumber() + ": ";
        if (!isScanFolderName(code)) {
            warnings.add(where + "campaign code '" + code + "' cannot be a folder name under badge-scans/, so no "
                    + "badge scans are read for it");
        }
        // SPEC §4: a row whose time zone, SLA or country is unknown, or whose dates run backwards, describes some
        // other campaign than the one meant. Using half of it would mix a guess with the operator's values; the row
        // is rejected whole and the folder audited with the defaults, which the warning names.
        List<String> unusable = new ArrayList<>();
        ZoneId zone = defaults.timeZone();
        if (!row.text(ZONE).isEmpty()) {
            try {
                zone = ZoneId.of(row.text(ZONE));
            } catch (DateTimeException e) {
                unusable.add("unknown time zone '" + row.text(ZONE) + "'");
            }
        }
        Sla sla = defaults.sla();
        if (!row.text(SLA).isEmpty()) {
            try {
                sla = Sla.parse(row.text(SLA));
            } catch (IllegalArgumentException e) {
                unusable.add("SLA '" + row.text(SLA) + "' is not like 48h or 2bd");
            }
        }
        String country = row.text(COUNTRY).isEmpty() ? defaults.country() : row.text(COUNTRY).toUpperCase(Locale.ROOT);
        if (!row.text(COUNTRY).isEmpty() && !COUNTRIES.contains(country)) {
            unusable.add("country '" + row.text(COUNTRY) + "' is not an ISO 3166 country code such as DE or US");
        }
        Set<Channel> qualifying = Channel.DEFAULT_QUALIFYING;
        if (!row.text(QUALIFYING).isEmpty()) {
            try {
                qualifying = Channel.parseQualifying(row.text(QUALIFYING));
            } catch (IllegalArgumentException e) {
                warnings.add(where + e.getMessage() + "; the default EMAIL, CALL, MEETING used instead");
            }
        }
        Set<LocalDate> holidays = new LinkedHashSet<>();
        String holidayText = row.text(HOLIDAYS);
        if (holidayText.length() >= MAX_CELL_CHARS) {
            // Cut by the reader at Excel's limit: the last date may be a half one, so it is dropped, and said.
            int last = holidayText.lastIndexOf(';');
            holidayText = last < 0 ? "" : holidayText.substring(0, last);
            warnings.add(where + "the holidays list is longer than a spreadsheet cell holds (" + MAX_CELL_CHARS
                    + " characters): the dates after the last one read in full are lost");
        }
        for (String day : holidayText.split(";")) {
            if (!day.isBlank()) {
                try {
                    holidays.add(LocalDate.parse(day.strip()));
                } catch (DateTimeException e) {
                    warnings.add(where + "holiday '" + day.strip() + "' is not a date like 2026-05-01, ignored");
                }
            }
        }
        LocalDate start = date(row, START, date1904, where, warnings);
        LocalDate end = date(row, END, date1904, where, warnings);
        if (start != null && end != null && end.isBefore(start)) {
            unusable.add("end date " + end + " is before start date " + start);
        }
        if (!unusable.isEmpty()) {
            List<String> rejected = new ArrayList<>();
            rejected.add(where + String.join("; ", unusable) + ": the row is rejected and campaign '" + code
                    + "' is audited with the " + defaultsUsed(defaults));
            if (!isScanFolderName(code)) {
                rejected.add(warnings.get(0)); // the code's own problem stays true whatever the rest of the row
            }
            return new Entry(unregistered(code, defaults), rejected);
        }
        String name = row.text(NAME).isEmpty() ? code : row.text(NAME);
        if (name.length() > MAX_NAME_CHARS) {
            warnings.add(where + "the campaign name is longer than " + MAX_NAME_CHARS
                    + " characters: only its first " + MAX_NAME_CHARS + " are shown");
            name = name.substring(0, Character.isHighSurrogate(name.charAt(MAX_NAME_CHARS - 1))
                    ? MAX_NAME_CHARS - 1 : MAX_NAME_CHARS);
        }
        return new Entry(new Campaign(code, name, start, end, zone, sla, country, qualifying, holidays, true), warnings,
                cost(row, where, warnings));
    }

    /** The register's cost column, with its currency column or the currency the amount names ("€12,500"). */
    private static Cost cost(MappedRow row, String where, List<String> warnings) {
        String text = row.text(COST);
        if (text.isEmpty()) {
            return null;
        }
        var amount = com.leadaudit.outcome.Amounts.parse(text);
        if (amount.isEmpty()) {
            warnings.add(where + "cost '" + text + "' is not an amount: no cost per lead or return is shown");
            return null;
        }
        String currency = row.text(CURRENCY).isEmpty() ? amount.get().currency()
                : row.text(CURRENCY).strip().toUpperCase(Locale.ROOT);
        return new Cost(amount.get().value(), currency);
    }

    private static LocalDate date(MappedRow row, String field, boolean date1904, String where, List<String> warnings) {
        if (row.cell(field).isBlank()) {
            return null;
        }
        Optional<ParsedTime> parsed = DateTimeValues.parse(row.cell(field), date1904, DateOrder.MONTH_FIRST);
        if (parsed.isPresent()) {
            ParsedTime t = parsed.get();
            if (t instanceof ParsedTime.DateOnly d) {
                return d.value();
            }
            if (t instanceof ParsedTime.Local l) {
                return l.value().toLocalDate();
            }
        }
        warnings.add(where + field + " '" + row.text(field) + "' is not a date, ignored");
        return null;
    }
}
