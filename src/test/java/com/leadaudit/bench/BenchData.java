package com.leadaudit.bench;

import static com.leadaudit.sample.SalesforceHeaders.ACCOUNT_HEADER;
import static com.leadaudit.sample.SalesforceHeaders.CONTACT_HEADER;
import static com.leadaudit.sample.SalesforceHeaders.LEAD_HEADER;
import static com.leadaudit.sample.SalesforceHeaders.TASK_HEADER;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

/**
 * A synthetic input folder of any size in the real input layout (SPEC §3): a campaign register, badge-scan exports
 * per campaign (mostly CSV in two vendor layouts, plus a large Cvent-style xlsx for every third campaign, written
 * with SXSSF), Salesforce Data Loader exports (User, Account, Contact, Lead, Task, Event, with the real Data Loader
 * headers) and HubSpot exports (contacts, calls, emails). Streams everything to disk: the generator itself holds no
 * rows, so a million scans take as little memory as a thousand.
 *
 * <p>Everything is a pure function of an index (scan s, person i, activity k) and a seed-free mixer, so the same
 * sizes always give byte-identical files, and the scans and activities agree with each other without being kept:
 * about 62% of leads match a CRM person by email, 5% by phone (+ last name), 3% by name + company, the rest are not
 * in the CRM; one scan in twelve is a re-scan of the person before; a third of activities follow up a scanned lead
 * 0–10 days after capture, the rest are background noise across 18 months. One row in a thousand is deliberately bad.
 */
final class BenchData {

    /**
     * Sizes and shape. {@code realistic} is the shape of issue #17 (many campaigns in twelve time zones, a quarter of
     * scans re-scans, badge files a third xlsx, contacts in one big xlsx report, quarterly task files with an
     * overlapping delta export); otherwise the ten-campaign shape of issue #7. {@code badgeFiles} counts only in the
     * realistic shape.
     */
    record Size(int scans, int people, int activities, int campaigns, int maxRowsPerFile, boolean realistic,
                int badgeFiles) {
        Size(int scans, int people, int activities, int campaigns, int maxRowsPerFile) {
            this(scans, people, activities, campaigns, maxRowsPerFile, false, 0);
        }

        String label() {
            String base = scans + "-" + people + "-" + activities + "-" + campaigns;
            return realistic ? "realistic-" + base + "-" + badgeFiles : base;
        }
    }

    static final LocalDate FIRST_SHOW = LocalDate.of(2026, 1, 12);
    static final LocalDate REALISTIC_FIRST_SHOW = LocalDate.of(2025, 1, 13);

    private static final String[] FIRST = {"James", "Mary", "Robert", "Patricia", "John", "Jennifer", "Michael",
        "Linda", "David", "Elizabeth", "William", "Barbara", "Richard", "Susan", "Joseph", "Jessica", "Thomas", "Sarah",
        "Charles", "Karen", "Christopher", "Lisa", "Daniel", "Nancy", "Matthew", "Betty", "Anthony", "Margaret", "Mark",
        "Sandra", "Donald", "Ashley", "Steven", "Kimberly", "Paul", "Emily", "Andrew", "Donna", "Joshua", "Michelle",
        "Kenneth", "Carol", "Kevin", "Amanda", "Brian", "Dorothy", "George", "Melissa", "Timothy", "Deborah", "Ronald",
        "Stephanie", "Edward", "Rebecca", "Jason", "Sharon", "Jeffrey", "Laura", "Ryan", "Cynthia", "Jacob", "Kathleen",
        "Gary", "Amy", "Nicholas", "Angela", "Eric", "Shirley", "Jonathan", "Anna", "Stephen", "Brenda", "Larry",
        "Pamela", "Justin", "Emma", "Scott", "Nicole", "Brandon", "Helen", "Benjamin", "Samantha", "Samuel", "Katherine",
        "Gregory", "Christine", "Alexander", "Debra", "Frank", "Rachel", "Patrick", "Carolyn", "Raymond", "Janet", "Jack",
        "Catherine", "Dennis", "Maria", "Jerry", "Heather", "Tyler", "Diane", "Aaron", "Ruth", "Jose", "Julie", "Adam",
        "Olivia", "Nathan", "Joyce", "Henry", "Virginia", "Lukas", "Sofia", "Jonas", "Lea", "Felix", "Mia", "Leon",
        "Hannah", "Tobias", "Lena", "Jan", "Marie", "Joao", "Beatriz", "Tiago", "Ines", "Pierre", "Camille", "Hugo",
        "Chloe", "Mateo", "Lucia"};
    private static final String[] LAST = {"Smith", "Johnson", "Williams", "Brown", "Jones", "Garcia", "Miller", "Davis",
        "Rodriguez", "Martinez", "Hernandez", "Lopez", "Gonzalez", "Wilson", "Anderson", "Thomas", "Taylor", "Moore",
        "Jackson", "Martin", "Lee", "Perez", "Thompson", "White", "Harris", "Sanchez", "Clark", "Ramirez", "Lewis",
        "Robinson", "Walker", "Young", "Allen", "King", "Wright", "Scott", "Torres", "Nguyen", "Hill", "Flores", "Green",
        "Adams", "Nelson", "Baker", "Hall", "Rivera", "Campbell", "Mitchell", "Carter", "Roberts", "Gomez", "Phillips",
        "Evans", "Turner", "Diaz", "Parker", "Cruz", "Edwards", "Collins", "Reyes", "Stewart", "Morris", "Morales",
        "Murphy", "Cook", "Rogers", "Gutierrez", "Ortiz", "Morgan", "Cooper", "Peterson", "Bailey", "Reed", "Kelly",
        "Howard", "Ramos", "Kim", "Cox", "Ward", "Richardson", "Watson", "Brooks", "Chavez", "Wood", "James", "Bennett",
        "Gray", "Mendoza", "Ruiz", "Hughes", "Price", "Alvarez", "Castillo", "Sanders", "Patel", "Myers", "Long", "Ross",
        "Foster", "Jimenez", "Powell", "Jenkins", "Perry", "Russell", "Sullivan", "Bell", "Coleman", "Butler",
        "Henderson", "Barnes", "Gonzales", "Fisher", "Vasquez", "Simmons", "Romero", "Jordan", "Patterson", "Alexander",
        "Hamilton", "Graham", "Reynolds", "Griffin", "Wallace", "Moreno", "West", "Cole", "Hayes", "Bryant", "Herrera",
        "Gibson", "Ellis", "Tran", "Medina", "Aguilar", "Stevens", "Murray", "Ford", "Castro", "Marshall", "Owens",
        "Harrison", "Fernandez", "Mcdonald", "Woods", "Washington", "Kennedy", "Wells", "Vargas", "Henry", "Chen",
        "Freeman", "Webb", "Tucker", "Guzman", "Burns", "Crawford", "Olson", "Simpson", "Porter", "Hunter", "Gordon",
        "Mendez", "Silva", "Shaw", "Snyder", "Mason", "Dixon", "Munoz", "Hunt", "Hicks", "Holmes", "Palmer", "Wagner",
        "Black", "Robertson", "Boyd", "Rose", "Stone", "Salazar", "Fox", "Warren", "Mills", "Meyer", "Rice", "Schmidt",
        "Garza", "Daniels", "Ferguson", "Nichols", "Stephens", "Soto", "Weaver", "Ryan", "Gardner", "Payne", "Grant",
        "Dunn", "Kelley", "Spencer", "Hawkins", "Arnold", "Pierce", "Vazquez", "Hansen", "Peters", "Santos", "Hart",
        "Bradley", "Knight", "Elliott", "Cunningham", "Duncan", "Armstrong", "Hudson", "Carroll", "Lane", "Riley",
        "Andrews", "Alvarado", "Ray", "Delgado", "Berry", "Perkins", "Hoffman", "Johnston", "Matthews", "Pena",
        "Richards", "Contreras", "Willis", "Carpenter", "Lawrence", "Sandoval", "Mueller", "Schneider", "Fischer",
        "Weber", "Becker", "Schulz", "Koch", "Richter", "Klein", "Wolf", "Neumann", "Schwarz", "Zimmermann", "Braun",
        "Krueger", "Hofmann", "Hartmann", "Lange", "Werner", "Krause", "Lehmann", "Koehler", "Dubois", "Durand",
        "Leroy", "Moreau", "Simon", "Laurent", "Lefebvre", "Michel", "Ferreira", "Oliveira", "Costa", "Rodrigues",
        "Pereira", "Almeida", "Sousa", "Carvalho", "Rossi", "Russo", "Ferrari", "Esposito", "Bianchi", "Romano"};
    private static final String[] ADJ = {"Blue", "Bright", "Cedar", "Silver", "North", "Summit", "Granite", "Harbor",
        "Iron", "Juniper", "Keystone", "Lumen", "Maple", "Nimbus", "Oak", "Pioneer", "Quantum", "River", "Sterling",
        "Titan", "Union", "Vertex", "Willow", "Zenith", "Alpine", "Beacon", "Cobalt", "Delta", "Echo", "Falcon"};
    private static final String[] NOUN = {"Logistics", "Software", "Analytics", "Robotics", "Health", "Energy",
        "Systems", "Foods", "Capital", "Networks", "Devices", "Labs", "Pharma", "Motors", "Media", "Retail", "Insurance",
        "Consulting", "Materials", "Aerospace", "Solutions", "Foundry", "Biotech", "Freight", "Textiles"};
    private static final String[] SUFFIX = {"Inc", "LLC", "GmbH", "Ltd", "Corp", "AG", "SA", "BV", "", "Group"};
    static final String[] TITLES = {"Head of Procurement", "CTO", "VP Sales", "Operations Manager",
        "Marketing Director", "Software Engineer", "Plant Manager", "Buyer", "CFO", "Project Lead"};
    static final String[] STAFF = {"Anna Keller", "Jonas Richter", "Priya Natarajan", "Marcus Lee",
        "Dana Whitfield", "Kevin O'Brien", "Lea Vogel", "Tom Berger", "Sara Lindqvist", "Omar Haddad", "Ines Costa",
        "Raj Mehta"};
    private static final String[] ZONES = {"Europe/Berlin", "America/Los_Angeles", "UTC", "Europe/Lisbon",
        "America/New_York"};
    /** Twelve zones for the realistic shape: shows on every continent a customer exhibits on. */
    private static final String[] ZONES_12 = {"Europe/Berlin", "America/Los_Angeles", "UTC", "Europe/Lisbon",
        "America/New_York", "America/Chicago", "Asia/Singapore", "Asia/Tokyo", "Australia/Sydney", "Asia/Dubai",
        "America/Sao_Paulo", "Asia/Kolkata"};
    /** Realistic shows spread over this many days (about two years of trade-show calendar). */
    private static final int REALISTIC_SPAN_DAYS = 630;
    private static final String[] SLAS = {"2bd", "48h", "5bd"};
    private static final String[] AREAS = {"212", "415", "312", "617", "206", "303", "512", "404", "305", "702"};
    private static final String[] FREE = {"gmail.com", "yahoo.com", "outlook.com", "icloud.com"};
    static final int SF_USERS = 40;

    static final DateTimeFormatter SF_TIME =
            DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSS'+0000'").withZone(ZoneOffset.UTC);
    private static final DateTimeFormatter HS_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(ZoneOffset.UTC);
    private static final DateTimeFormatter US_DATE = DateTimeFormatter.ofPattern("MM/dd/yyyy");
    private static final DateTimeFormatter US_TIME = DateTimeFormatter.ofPattern("h:mm a", Locale.US);
    private static final DateTimeFormatter EUROPEAN = DateTimeFormatter.ofPattern("dd.MM.yyyy HH:mm");

    private final Size size;
    private final int companies;
    /** Exchanges (NXX) that libphonenumber accepts as valid for the area codes above. */
    private final int[] exchanges;

    BenchData(Size size) {
        this.size = size;
        this.companies = Math.max(20, size.people() / 25);
        List<Integer> ok = new ArrayList<>();
        for (int nxx = 201; nxx <= 989; nxx++) {
            if (nxx % 100 == 11 || nxx == 555 || nxx == 950 || nxx == 958 || nxx == 959 || nxx == 976
                    || nxx / 10 % 10 == 9) {
                continue;
            }
            ok.add(nxx);
        }
        this.exchanges = ok.stream().mapToInt(Integer::intValue).toArray();
    }

    // --- deterministic randomness ------------------------------------------------------------------------

    /** SplitMix64 of (index, stream): a fixed pseudo-random number per index, no state. */
    static long mix(long index, long stream) {
        long z = index * 0x9E3779B97F4A7C15L + stream * 0xD1B54A32D192ED03L + 0x632BE59BD9B4E019L;
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }

    static int pick(long index, long stream, int n) {
        return (int) Long.remainderUnsigned(mix(index, stream), n);
    }

    static double unit(long index, long stream) {
        return (mix(index, stream) >>> 11) * 0x1.0p-53;
    }

    // --- people: index i < people are in the CRM, i >= people are not -------------------------------------

    String first(long i) {
        return FIRST[pick(i, 1, FIRST.length)];
    }

    String last(long i) {
        return LAST[(int) (LAST.length * Math.pow(unit(i, 2), 1.6))];  // a few names are common, most are rare
    }

    int company(long i) {
        return (int) (companies * Math.pow(unit(i, 3), 1.5));  // a few big accounts, many small ones
    }

    String companyName(int c) {
        int a = ADJ.length;
        int n = NOUN.length;
        String suffix = SUFFIX[c % SUFFIX.length];
        return ADJ[c % a] + " " + NOUN[(c / a) % n] + (c >= a * n ? " " + (c / (a * n)) : "")
                + (suffix.isEmpty() ? "" : " " + suffix);
    }

    String domain(int c) {
        int a = ADJ.length;
        int n = NOUN.length;
        return (ADJ[c % a] + NOUN[(c / a) % n]).toLowerCase(Locale.ROOT) + (c >= a * n ? Integer.toString(c / (a * n)) : "")
                + ".example";
    }

    String email(long i) {
        String local = (first(i) + "." + last(i)).toLowerCase(Locale.ROOT) + "." + i;
        return pick(i, 4, 100) < 12 ? local + "@" + FREE[pick(i, 5, FREE.length)] : local + "@" + domain(company(i));
    }

    String phone(long i) {
        int exchange = exchanges[(int) ((i / AREAS.length) % exchanges.length)];
        long line = (i / ((long) AREAS.length * exchanges.length)) % 10_000;
        return "+1 " + AREAS[(int) (i % AREAS.length)] + " " + exchange + " " + String.format("%04d", line);
    }

    /**
     * 0..8 of 20: Salesforce contact, 9..13: Salesforce lead, 14..19: HubSpot contact. Realistic shape: Salesforce
     * only, 58% contacts (the xlsx report) and 42% leads (Lead.csv), as the issue's customer has them.
     */
    int crmKind(long i) {
        if (size.realistic()) {
            return i % 50 < 29 ? 0 : 1;
        }
        int k = (int) (i % 20);
        return k <= 8 ? 0 : k <= 13 ? 1 : 2;
    }

    static String sfId(String prefix, long n, String tail) {
        String digits = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz";
        char[] out = new char[10];
        long v = n;
        for (int i = 9; i >= 0; i--) {
            out[i] = digits.charAt((int) (v % 62));
            v /= 62;
        }
        return prefix + "Bn" + new String(out) + tail;
    }

    static String contactId(long i) {
        return sfId("003", i, "IAB");
    }

    static String leadId(long i) {
        return sfId("00Q", i, "MAB");
    }

    static String accountId(int c) {
        return sfId("001", c, "IAF");
    }

    static String userId(int u) {
        return sfId("005", u, "IAE");
    }

    static String hubspotId(long i) {
        return Long.toString(78_210_000_000L + i);
    }

    /** The Salesforce or HubSpot id an activity names its person by. */
    String personRef(long i) {
        return switch (crmKind(i)) {
            case 0 -> contactId(i);
            case 1 -> leadId(i);
            default -> hubspotId(i);
        };
    }

    // --- scans -------------------------------------------------------------------------------------------

    int campaignOf(long s) {
        return (int) (s * size.campaigns() / size.scans());
    }

    long firstScanOf(int campaign) {
        return ((long) campaign * size.scans() + size.campaigns() - 1) / size.campaigns();
    }

    String campaignCode(int j) {
        return String.format("bench-show-%02d", j + 1);
    }

    LocalDate showStart(int j) {
        if (size.realistic()) {  // several shows a week, spread over two years whatever the campaign count
            return REALISTIC_FIRST_SHOW.plusDays((long) j * REALISTIC_SPAN_DAYS / size.campaigns());
        }
        return FIRST_SHOW.plusDays(14L * j);
    }

    ZoneId zone(int j) {
        String[] zones = size.realistic() ? ZONES_12 : ZONES;
        return ZoneId.of(zones[j % zones.length]);
    }

    /**
     * A re-scan of the person scanned just before, or a first scan: one scan in twelve, or in the realistic shape
     * three in thirteen (23%: 1.06M scans give about 815k leads, the issue's "a quarter of scans merged").
     */
    long baseScan(long s) {
        boolean rescan = size.realistic() ? s % 13 == 3 || s % 13 == 6 || s % 13 == 9 : s % 12 == 5;
        return rescan && s > 0 && campaignOf(s - 1) == campaignOf(s) ? s - 1 : s;
    }

    /** 0 email match, 1 phone match, 2 name match, 3 not in CRM. */
    static int scanKind(long base) {
        int r = pick(base, 6, 100);
        return r < 62 ? 0 : r < 67 ? 1 : r < 70 ? 2 : 3;
    }

    long personOf(long base) {
        return scanKind(base) == 3 ? size.people() + base : Long.remainderUnsigned(mix(base, 7), size.people());
    }

    LocalDateTime scanLocal(long s) {
        int j = campaignOf(s);
        long base = baseScan(s);
        LocalDate day = showStart(j).plusDays(pick(base, 8, 3));
        int minute = 8 * 60 + pick(base, 9, 600) + (s == base ? 0 : 7);
        return day.atStartOfDay().plusMinutes(minute);
    }

    Instant capture(long s) {
        return scanLocal(s).atZone(zone(campaignOf(s))).toInstant();
    }

    String campaignEnd() {
        return showStart(size.campaigns() - 1).plusDays(2).toString();
    }

    /** An as-of a month after the last show: every lead's deadline has passed, most follow-ups are in. */
    String defaultAsOf() {
        return showStart(size.campaigns() - 1).plusDays(32).toString();
    }

    // --- writing -----------------------------------------------------------------------------------------

    void write(Path input) throws IOException {
        Files.createDirectories(input);
        writeRegister(input.resolve("campaigns.csv"));
        RealisticFiles realistic = new RealisticFiles(this, size);
        if (size.realistic()) {
            realistic.writeBadgeFiles(input.resolve("badge-scans"));
        } else {
            for (int j = 0; j < size.campaigns(); j++) {
                writeScans(input.resolve("badge-scans").resolve(campaignCode(j)), j);
            }
        }
        Path crm = input.resolve("crm");
        Files.createDirectories(crm);
        writeUsers(crm.resolve("User.csv"));
        writeAccounts(crm.resolve("Account.csv"));
        if (size.realistic()) {
            realistic.writePeople(crm);
        } else {
            writePeople(crm);
        }
        writeActivities(crm);
        writeOpportunities(crm);
    }

    /**
     * SPEC §14: about one opportunity per twenty leads, on the CRM person a scanned lead matches, created 0–60 days
     * after its capture; Salesforce Data Loader opportunities (every other one linked by ContactId only through
     * its account) and HubSpot deals, in the stages pipelines hold.
     */
    private void writeOpportunities(Path crm) throws IOException {
        String sfHeader = "Id,IsDeleted,AccountId,Name,StageName,Amount,CloseDate,Type,LeadSource,IsClosed,IsWon,"
                + "CurrencyIsoCode,OwnerId,CreatedDate,ContactId";
        String dealHeader = "Record ID,Deal Name,Deal Stage,Amount,Create Date,Close Date,Deal owner,Pipeline,"
                + "Associated Contact IDs";
        String[] stages = {"Closed Won", "Negotiation/Review", "Closed Lost", "Proposal/Price Quote"};
        int max = size.maxRowsPerFile();
        try (Split opportunities = new Split(crm, "Opportunity", max, true, sfHeader.split(","));
             Split deals = new Split(crm, "hubspot-crm-exports-all-deals-2026", max, false, dealHeader.split(","))) {
            for (long s = 0; s < size.scans(); s += 20) {
                long base = baseScan(s);
                if (scanKind(base) == 3) {
                    continue;
                }
                long person = personOf(base);
                Instant created = capture(s).plusSeconds(Long.remainderUnsigned(mix(s, 31), 60L * 86_400));
                int stage = pick(s, 32, stages.length);
                String amount = Long.toString(2_000 + Long.remainderUnsigned(mix(s, 33), 98) * 1_000);
                String close = created.atZone(ZoneOffset.UTC).toLocalDate().plusDays(30).toString();
                switch (crmKind(person)) {
                    case 0 -> opportunities.row(new String[] {sfId("006", s, "OPP"), "false",
                        accountId(company(person)), companyName(company(person)) + " deal", stages[stage], amount,
                        close, "New Customer", "Trade Show", Boolean.toString(stage % 2 == 0),
                        Boolean.toString(stage == 0), "USD", userId(pick(s, 34, SF_USERS)), SF_TIME.format(created),
                        s % 40 == 0 ? contactId(person) : ""});
                    case 2 -> deals.row(new String[] {Long.toString(71_000_000_000L + s),
                        companyName(company(person)) + " deal", stages[stage], amount, HS_TIME.format(created), close,
                        STAFF[pick(s, 34, STAFF.length)], "Sales Pipeline", hubspotId(person)});
                    default -> {
                        // a Salesforce lead: opportunities hang on contacts and accounts, not on unconverted leads
                    }
                }
            }
        }
    }

    private void writeRegister(Path file) throws IOException {
        try (Csv csv = new Csv(file, ',', "\n", false)) {
            csv.row("code", "name", "start_date", "end_date", "time_zone", "sla", "country", "qualifying_types",
                    "holidays");
            for (int j = 0; j < size.campaigns(); j++) {
                LocalDate start = showStart(j);
                csv.row(campaignCode(j), "Bench Show " + (j + 1), start.toString(), start.plusDays(2).toString(),
                        zone(j).getId(), SLAS[j % SLAS.length], "US", j % 4 == 1 ? "EMAIL;CALL;MEETING;TASK" : "",
                        j % 2 == 0 ? start.plusDays(4).toString() : "");
            }
        }
    }

    private void writeScans(Path dir, int j) throws IOException {
        Files.createDirectories(dir);
        long from = firstScanOf(j);
        long to = firstScanOf(j + 1);
        long xlsxEnd = j % 3 == 0 ? from + (to - from) * 3 / 10 : from;
        if (xlsxEnd > from) {
            writeCventXlsx(dir.resolve("LeadCapture_Export_" + campaignCode(j) + ".xlsx"), from, xlsxEnd);
        }
        int perFile = Math.max(1, size.maxRowsPerFile() / 4);  // lead apps export per device/day: smaller files
        int part = 1;
        for (long s = xlsxEnd; s < to; s += perFile, part++) {
            long end = Math.min(to, s + perFile);
            if (part % 2 == 1) {
                writeSwapcardCsv(dir.resolve(campaignCode(j) + "_leads_validar_" + part + ".csv"), s, end);
            } else {
                writePartnerCsv(dir.resolve("partner-scans_" + part + ".csv"), s, end);
            }
        }
    }

    record ScanView(String first, String last, String email, String company, String title, String phone,
                            String badge, String staff) {
    }

    ScanView view(long s) {
        long base = baseScan(s);
        long p = personOf(base);
        int kind = scanKind(base);
        String first = first(p);
        String last = last(p);
        String email = switch (kind) {
            case 1 -> (first + "." + last).toLowerCase(Locale.ROOT) + ".home" + base + "@gmail.com";
            case 2 -> "";
            default -> email(p);
        };
        String phone = kind == 2 ? "" : phone(p);
        String badge = "B" + campaignOf(s) + "-" + base;
        int bad = pick(s, 10, 1000);
        if (bad == 0) {  // no identity at all: rejected
            return new ScanView("", "", "", companyName(company(p)), TITLES[pick(p, 11, TITLES.length)], "", "",
                    STAFF[pick(s, 12, STAFF.length)]);
        }
        return new ScanView(first, last, email, companyName(company(p)), TITLES[pick(p, 11, TITLES.length)], phone,
                badge, STAFF[pick(s, 12, STAFF.length)]);
    }

    boolean badTime(long s) {
        return pick(s, 10, 1000) == 1;
    }

    void writeSwapcardCsv(Path file, long from, long to) throws IOException {
        try (Csv csv = new Csv(file, ',', "\r\n", false)) {
            csv.row("First Name", "Last Name", "Job Title", "Company", "Email Address", "Country", "Phone", "Scan Date",
                    "Scan Time", "Scanned By", "Rating (0-5)", "Notes");
            for (long s = from; s < to; s++) {
                ScanView v = view(s);
                LocalDateTime at = scanLocal(s);
                csv.row(v.first, v.last, v.title, v.company, v.email, "United States", v.phone, US_DATE.format(at),
                        badTime(s) ? "n/a" : US_TIME.format(at), v.staff, Integer.toString(pick(s, 13, 6)),
                        pick(s, 14, 4) == 0 ? "Asked for a demo, call back next week" : "");
            }
        }
    }

    void writePartnerCsv(Path file, long from, long to) throws IOException {
        String[] ratings = {"Hot", "Warm", "Cold", ""};
        try (Csv csv = new Csv(file, ';', "\r\n", true)) {
            csv.row("Badge ID", "First Name", "Last Name", "Company", "Job Title", "Email", "Phone", "Country",
                    "Scanned At", "Scanned By", "Rating", "Notes");
            for (long s = from; s < to; s++) {
                ScanView v = view(s);
                csv.row(v.badge, v.first, v.last, v.company, v.title, v.email, v.phone, "USA",
                        badTime(s) ? "" : EUROPEAN.format(scanLocal(s)), v.staff, ratings[pick(s, 13, 4)],
                        pick(s, 14, 5) == 0 ? "Budget approved; wants pricing" : "");
            }
        }
    }

    void writeCventXlsx(Path file, long from, long to) throws IOException {
        String[] header = {"First Name", "Last Name", "Email Address", "Company", "Title", "Work Phone", "Mobile Phone",
            "Country", "Booth Staff", "Device", "Captured At", "Lead Rating", "Comments", "Q: Products of interest",
            "Q: Purchase timeframe"};
        String[] ratings = {"A", "B", "C", "D"};
        String[] products = {"Analytics", "Platform", "Services", ""};
        String[] timeframes = {"0-3 months", "3-6 months", "6-12 months", ""};
        try (SXSSFWorkbook wb = new SXSSFWorkbook(200)) {
            wb.setCompressTempFiles(true);
            Sheet sh = wb.createSheet("Leads");
            CellStyle when = wb.createCellStyle();
            when.setDataFormat(wb.getCreationHelper().createDataFormat().getFormat("dd.mm.yyyy hh:mm"));
            sh.createRow(0).createCell(0).setCellValue("Lead Capture Export");
            sh.createRow(1).createCell(0).setCellValue("Exhibitor: Bench Analytics Inc");
            Row h = sh.createRow(3);
            for (int i = 0; i < header.length; i++) {
                h.createCell(i).setCellValue(header[i]);
            }
            int r = 4;
            for (long s = from; s < to; s++) {
                ScanView v = view(s);
                Row row = sh.createRow(r++);
                text(row, 0, v.first);
                text(row, 1, v.last);
                text(row, 2, v.email);
                text(row, 3, v.company);
                text(row, 4, v.title);
                text(row, 5, v.phone);
                text(row, 7, "United States");
                text(row, 8, v.staff);
                text(row, 9, "iPad-" + pick(s, 15, 6));
                if (!badTime(s)) {
                    Cell at = row.createCell(10);
                    at.setCellValue(scanLocal(s));
                    at.setCellStyle(when);
                } else {
                    text(row, 10, "unknown");
                }
                text(row, 11, ratings[pick(s, 13, 4)]);
                text(row, 12, pick(s, 14, 6) == 0 ? "Met at the keynote" : "");
                text(row, 13, products[pick(s, 16, 4)]);
                text(row, 14, timeframes[pick(s, 17, 4)]);
            }
            try (OutputStream out = Files.newOutputStream(file)) {
                wb.write(out);
            }
        }
    }

    static void text(Row row, int col, String value) {
        if (value != null && !value.isEmpty()) {
            row.createCell(col).setCellValue(value);
        }
    }

    // --- CRM ---------------------------------------------------------------------------------------------

    private void writeUsers(Path file) throws IOException {
        try (Csv csv = new Csv(file, ',', "\n", true)) {
            csv.row("Id", "Username", "LastName", "FirstName", "Name", "Email", "IsActive");
            for (int u = 0; u < SF_USERS; u++) {
                String first = firstNameOfUser(u);
                String last = "Rep" + u;
                String email = (first + "." + last + "@bench-analytics.example").toLowerCase(Locale.ROOT);
                csv.row(userId(u), email, last, first, first + " " + last, email, "true");
            }
        }
    }

    private void writeAccounts(Path file) throws IOException {
        Cols cols = new Cols(ACCOUNT_HEADER);
        try (Csv csv = new Csv(file, ',', "\n", true)) {
            csv.row(cols.names);
            for (int c = 0; c < companies; c++) {
                String[] v = cols.blank();
                cols.set(v, "Id", accountId(c));
                cols.set(v, "Name", companyName(c));
                cols.set(v, "BillingCountry", "United States");
                cols.set(v, "Website", "www." + domain(c));
                cols.set(v, "OwnerId", userId(c % SF_USERS));
                cols.set(v, "CreatedDate", "2024-03-01T10:00:00.000+0000");
                csv.row(v);
            }
        }
    }

    private void writePeople(Path crm) throws IOException {
        Cols contact = new Cols(CONTACT_HEADER);
        Cols lead = new Cols(LEAD_HEADER);
        String hsHeader = "Record ID,First Name,Last Name,Email,Phone Number,Company Name,Contact owner,Create Date,"
                + "Lifecycle Stage";
        int max = size.maxRowsPerFile();
        Split contacts = new Split(crm, "Contact", max, true, contact.names);
        Split leads = new Split(crm, "Lead", max, true, lead.names);
        Split hubspot = new Split(crm, "hubspot-crm-exports-all-contacts-2026", max, false, hsHeader.split(","));
        // An older, overlapping export of a tenth of the contacts: de-duplicated by id, the newest file wins.
        long overlap = size.people() / 10;
        try (contacts; leads; hubspot; Csv older = new Csv(crm.resolve("Contact_previous_export.csv"), ',', "\n", true)) {
            older.row(contact.names);
            for (long i = 0; i < size.people(); i++) {
                String first = first(i);
                String last = last(i);
                String created = created(i);
                switch (crmKind(i)) {
                    case 0 -> {
                        String[] v = contact.blank();
                        contact.set(v, "Id", contactId(i));
                        contact.set(v, "AccountId", accountId(company(i)));
                        contact.set(v, "LastName", last);
                        contact.set(v, "FirstName", first);
                        contact.set(v, "Name", first + " " + last);
                        contact.set(v, "MailingCountry", "US");
                        contact.set(v, "Phone", phone(i));
                        contact.set(v, "Email", email(i));
                        contact.set(v, "Title", TITLES[pick(i, 11, TITLES.length)]);
                        contact.set(v, "OwnerId", userId(pick(i, 20, SF_USERS)));
                        contact.set(v, "CreatedDate", created);
                        contact.set(v, "LastModifiedDate", created);
                        contacts.row(v);
                        if (i < overlap) {
                            contact.set(v, "Title", "");
                            older.row(v);
                        }
                    }
                    case 1 -> leads.row(leadRow(lead, i, created));
                    default -> hubspot.row(new String[] {hubspotId(i), first, last, email(i), phone(i),
                        companyName(company(i)), STAFF[pick(i, 20, STAFF.length)],
                        HS_TIME.format(Instant.parse("2024-01-01T09:00:00Z").plusSeconds(i * 41 % 60_000_000)),
                        "Lead"});
                }
            }
        }
    }

    /** A Salesforce lead of person i; every fiftieth twenty is converted into the contact nine before it. */
    String[] leadRow(Cols lead, long i, String created) {
        String first = first(i);
        String last = last(i);
        String[] v = lead.blank();
        lead.set(v, "Id", leadId(i));
        lead.set(v, "LastName", last);
        lead.set(v, "FirstName", first);
        lead.set(v, "Name", first + " " + last);
        lead.set(v, "Company", companyName(company(i)));
        lead.set(v, "Country", "US");
        lead.set(v, "Phone", phone(i));
        lead.set(v, "Email", email(i));
        lead.set(v, "Status", "Working");
        lead.set(v, "OwnerId", userId(pick(i, 20, SF_USERS)));
        boolean converted = (i / 20) % 50 == 0 && i >= 20 && crmKind(i - 9) == 0;
        lead.set(v, "IsConverted", converted ? "true" : "false");
        if (converted) {
            lead.set(v, "ConvertedContactId", contactId(i - 9));  // i - 9 is a contact
        }
        lead.set(v, "CreatedDate", created);
        return v;
    }

    /** When person i was created in the CRM: spread over two years, a pure function of i. */
    static String created(long i) {
        return SF_TIME.format(createdAt(i));
    }

    static Instant createdAt(long i) {
        return Instant.parse("2024-01-01T09:00:00Z").plusSeconds(i * 37 % 60_000_000);
    }

    /** The first name of Salesforce user u in User.csv (its last name is "Rep" + u). */
    static String firstNameOfUser(int u) {
        return FIRST[u % FIRST.length];
    }

    private void writeActivities(Path crm) throws IOException {
        Cols task = new Cols(TASK_HEADER);
        Cols event = new Cols(EVENT_HEADER);
        String calls = "Record ID,Activity date,Call Title,Call notes,Call direction,Call outcome,Call duration,"
                + "Activity assigned to,Associated Contact,Associated Contact IDs";
        String emails = "Record ID,Activity date,Email subject,Email direction,Email send status,Activity assigned to,"
                + "Associated Contact,Associated Contact IDs";
        int max = size.maxRowsPerFile();
        Instant background = Instant.parse("2025-06-01T00:00:00Z");
        // The realistic shape has an eighth of its activities as events (600k of 5M), the other a fifth.
        int taskShare = size.realistic() ? 88 : 80;
        try (TaskFiles tasks = size.realistic() ? new QuarterlyTasks(crm, task.names, size.activities())
                : TaskFiles.of(new Split(crm, "Task", max, true, task.names));
             Split events = new Split(crm, "Event", max, true, event.names);
             Split hsCalls = new Split(crm, "hubspot-crm-exports-all-calls-2026", max, false, calls.split(","));
             Split hsEmails = new Split(crm, "hubspot-crm-exports-all-emails-2026", max, false, emails.split(","))) {
            for (long k = 0; k < size.activities(); k++) {
                long person;
                Instant at;
                if (pick(k, 21, 100) < 35) {  // a follow-up of a scanned lead, 0-10 days after the scan
                    long s = Long.remainderUnsigned(mix(k, 22), size.scans());
                    long base = baseScan(s);
                    if (scanKind(base) == 3) {
                        person = Long.remainderUnsigned(mix(k, 24), size.people());
                        at = background.plusSeconds(Long.remainderUnsigned(mix(k, 25), 540L * 86_400));
                    } else {
                        person = personOf(base);
                        at = capture(s).plusSeconds(Long.remainderUnsigned(mix(k, 23), 240L * 3600));
                    }
                } else {
                    person = Long.remainderUnsigned(mix(k, 24), size.people());
                    at = background.plusSeconds(Long.remainderUnsigned(mix(k, 25), 540L * 86_400));
                }
                String who = personRef(person);
                String name = first(person) + " " + last(person);
                int r = pick(k, 26, 100);
                if (crmKind(person) == 2) {
                    String owner = STAFF[pick(k, 27, STAFF.length)];
                    if (r < 60) {
                        hsCalls.row(new String[] {Long.toString(61_000_000_000L + k), HS_TIME.format(at),
                            "Call with " + first(person), "", r < 54 ? "OUTBOUND" : "INBOUND",
                            r % 3 == 0 ? "Connected" : "Left voicemail", "120000", owner, name, who});
                    } else {
                        hsEmails.row(new String[] {Long.toString(61_000_000_000L + k), HS_TIME.format(at),
                            "Following up", r < 92 ? "EMAIL" : "INCOMING_EMAIL", "SENT", owner, name, who});
                    }
                    continue;
                }
                String owner = userId(pick(k, 27, SF_USERS));
                String id = sfId(r < taskShare ? "00T" : "00U", k, "MAC");
                if (r < taskShare) {
                    String[] v = task.blank();
                    String subtype = r < 32 ? "Email" : r < 64 ? "Call" : r < 72 ? "Task" : r < 76 ? "ListEmail" : "";
                    String subject = switch (subtype) {
                        case "Email" -> "Email: Great meeting you";
                        case "Call" -> "Call";
                        case "ListEmail" -> "List Email: Newsletter";
                        case "Task" -> "Send brochure";
                        default -> r % 2 == 0 ? "Email: Follow-up" : "Call back";
                    };
                    boolean completed = pick(k, 28, 10) != 0;
                    task.set(v, "Id", id);
                    task.set(v, "WhoId", who);
                    task.set(v, "Subject", subject);
                    task.set(v, "ActivityDate", at.atZone(ZoneOffset.UTC).toLocalDate().toString());
                    task.set(v, "Status", completed ? "Completed" : "Not Started");
                    task.set(v, "Priority", "Normal");
                    task.set(v, "OwnerId", owner);
                    task.set(v, "IsClosed", completed ? "true" : "false");
                    task.set(v, "CreatedDate", SF_TIME.format(at));
                    if (subtype.equals("Call")) {
                        task.set(v, "CallType", "Outbound");
                        task.set(v, "CallDurationInSeconds", "95");
                    }
                    task.set(v, "TaskSubtype", subtype);
                    if (completed) {
                        task.set(v, "CompletedDateTime", SF_TIME.format(at));
                    }
                    tasks.row(k, v);
                } else {
                    String[] v = event.blank();
                    boolean allDay = r == 99;
                    event.set(v, "Id", id);
                    event.set(v, "WhoId", who);
                    event.set(v, "Subject", "Meeting: product demo");
                    event.set(v, "IsAllDayEvent", allDay ? "true" : "false");
                    event.set(v, "ActivityDate", at.atZone(ZoneOffset.UTC).toLocalDate().toString());
                    if (!allDay) {
                        event.set(v, "ActivityDateTime", SF_TIME.format(at));
                        event.set(v, "StartDateTime", SF_TIME.format(at));
                        event.set(v, "EndDateTime", SF_TIME.format(at.plusSeconds(1800)));
                    }
                    event.set(v, "DurationInMinutes", allDay ? "1440" : "30");
                    event.set(v, "OwnerId", owner);
                    event.set(v, "Type", "Meeting");
                    event.set(v, "CreatedDate", SF_TIME.format(at.minusSeconds(86_400)));
                    event.set(v, "EventSubtype", "Event");
                    events.row(v);
                }
            }
        }
    }

    static final String EVENT_HEADER = "Id,WhoId,WhatId,Subject,Location,IsAllDayEvent,ActivityDateTime,ActivityDate,"
            + "DurationInMinutes,StartDateTime,EndDateTime,Description,AccountId,OwnerId,Type,IsPrivate,ShowAs,"
            + "IsDeleted,IsChild,IsGroupEvent,CreatedDate,CreatedById,LastModifiedDate,LastModifiedById,"
            + "SystemModstamp,EventSubtype";

    /** Column positions of a header, so rows are filled by name. */
    static final class Cols {
        final String[] names;
        final Map<String, Integer> index = new HashMap<>();

        Cols(String header) {
            names = header.split(",");
            for (int i = 0; i < names.length; i++) {
                index.put(names[i], i);
            }
        }

        String[] blank() {
            String[] v = new String[names.length];
            java.util.Arrays.fill(v, "");
            return v;
        }

        void set(String[] row, String column, String value) {
            Integer i = index.get(column);
            if (i == null) {
                throw new IllegalArgumentException("no column " + column);
            }
            row[i] = value;
        }
    }

    /** One object's export, split into numbered files of at most max rows as Salesforce's weekly export does. */
    static final class Split implements AutoCloseable {
        private final Path dir;
        private final String base;
        private final int max;
        private final boolean dataLoader;
        private final String[] header;
        private Csv current;
        private int rows;
        private int part;

        Split(Path dir, String base, int max, boolean dataLoader, String[] header) {
            this.dir = dir;
            this.base = base;
            this.max = max;
            this.dataLoader = dataLoader;
            this.header = header;
        }

        void row(String[] cells) throws IOException {
            if (current == null || rows >= max) {
                if (current != null) {
                    current.close();
                }
                part++;
                String name = base + (part == 1 ? "" : "-" + part) + ".csv";
                current = dataLoader ? new Csv(dir.resolve(name), ',', "\n", true) : new Csv(dir.resolve(name), ',', "\n", false);
                current.row(header);
                rows = 0;
            }
            current.row(cells);
            rows++;
        }

        @Override
        public void close() throws IOException {
            if (current != null) {
                current.close();
            }
        }
    }

    /** A streamed CSV file; quotes a field only when it must, as Excel and Data Loader do. */
    static final class Csv implements AutoCloseable {
        private final Writer out;
        private final char delimiter;
        private final String lineEnd;

        Csv(Path file, char delimiter, String lineEnd, boolean bom) throws IOException {
            Files.createDirectories(file.getParent());
            this.out = new BufferedWriter(Files.newBufferedWriter(file, StandardCharsets.UTF_8), 1 << 16);
            this.delimiter = delimiter;
            this.lineEnd = lineEnd;
            if (bom) {
                out.write('\uFEFF');
            }
        }

        void row(String... cells) throws IOException {
            for (int i = 0; i < cells.length; i++) {
                if (i > 0) {
                    out.write(delimiter);
                }
                String c = cells[i] == null ? "" : cells[i];
                if (c.indexOf(delimiter) >= 0 || c.indexOf('"') >= 0 || c.indexOf('\n') >= 0 || c.indexOf('\r') >= 0) {
                    out.write('"');
                    out.write(c.replace("\"", "\"\""));
                    out.write('"');
                } else {
                    out.write(c);
                }
            }
            out.write(lineEnd);
        }

        @Override
        public void close() throws IOException {
            out.close();
        }
    }
}
