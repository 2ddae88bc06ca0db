package com.leadaudit.sample;

import com.leadaudit.sample.SampleModel.Activity;
import com.leadaudit.sample.SampleModel.CrmPerson;
import com.leadaudit.sample.SampleModel.Kind;
import java.io.IOException;
import java.nio.file.Path;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * HubSpot CRM exports (English labels, CSV). HubSpot shows datetimes in the exporting user's time zone without
 * an offset; this portal's user is set to UTC, which is also leadaudit's default CRM time zone, so
 * "2026-10-15 09:12" means 09:12 UTC. Activities name their contacts only through "Associated Contact IDs"
 * (several ids joined with ";"), never by email: they are linked through the contacts export's Record ID.
 */
final class HubSpotWriter {

    private static final DateTimeFormatter WALL = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(ZoneOffset.UTC);
    static final String CONTACTS = "Record ID,First Name,Last Name,Email,Phone Number,Company Name,Contact owner,"
            + "Create Date,Lifecycle Stage";
    static final String CALLS = "Record ID,Activity date,Call Title,Call notes,Call direction,Call outcome,"
            + "Call duration,Activity assigned to,Associated Contact,Associated Contact IDs";
    static final String EMAILS = "Record ID,Activity date,Email subject,Email direction,Email send status,"
            + "Activity assigned to,Associated Contact,Associated Contact IDs";
    static final String MEETINGS = "Record ID,Activity date,Meeting name,Meeting outcome,Activity assigned to,"
            + "Associated Contact,Associated Contact IDs";

    private final CrmBook crm;

    HubSpotWriter(CrmBook crm) {
        this.crm = crm;
    }

    void writeAll(Path dir, String exportDate) throws IOException {
        String prefix = "hubspot-crm-exports-all-";
        CsvText contacts = new CsvText(',', "\n", false).row(CONTACTS.split(","));
        for (CrmPerson p : crm.hubspot) {
            contacts.row(p.id, p.person.first(), p.person.last(), p.person.email(), p.person.phone(),
                    p.person.company(), p.owner.name(), WALL.format(p.created), p.lifecycle);
        }
        contacts.write(dir.resolve(prefix + "contacts-" + exportDate + ".csv"));

        CsvText calls = new CsvText(',', "\n", false).row(CALLS.split(","));
        for (Row r : rows(Kind.HS_CALL)) {
            Activity a = r.a;
            String notes = a.outcome.equals("Connected") ? "Talked about next steps after the show" : "";
            calls.row(r.id, WALL.format(a.at), a.subject, notes, a.subtype, a.outcome,
                    Long.toString(a.durationMinutes * 60_000L), a.owner.name(), r.names, r.ids);
        }
        calls.write(dir.resolve(prefix + "calls-" + exportDate + ".csv"));

        CsvText emails = new CsvText(',', "\n", false).row(EMAILS.split(","));
        for (Row r : rows(Kind.HS_EMAIL)) {
            Activity a = r.a;
            emails.row(r.id, WALL.format(a.at), a.subject, a.subtype, a.subtype.equals("EMAIL") ? "SENT" : "",
                    a.owner.name(), r.names, r.ids);
        }
        emails.write(dir.resolve(prefix + "emails-" + exportDate + ".csv"));

        CsvText meetings = new CsvText(',', "\n", false).row(MEETINGS.split(","));
        for (Row r : rows(Kind.HS_MEETING)) {
            Activity a = r.a;
            meetings.row(r.id, WALL.format(a.at), a.subject, a.subtype, a.owner.name(), r.names, r.ids);
        }
        meetings.write(dir.resolve(prefix + "meetings-" + exportDate + ".csv"));
    }

    private record Row(String id, Activity a, String names, String ids) {
    }

    /** Newest first, as HubSpot's default "Activity date" sort shows them. */
    private List<Row> rows(Kind kind) {
        List<Activity> list = new ArrayList<>();
        List<CrmPerson> who = new ArrayList<>();
        for (CrmPerson p : crm.hubspot) {
            for (Activity a : p.activities) {
                if (a.kind == kind) {
                    list.add(a);
                    who.add(p);
                }
            }
        }
        List<Row> rows = new ArrayList<>();
        for (int i = 0; i < list.size(); i++) {
            Activity a = list.get(i);
            List<CrmPerson> assoc = new ArrayList<>(a.alsoAssociated);
            assoc.add(who.get(i));
            List<String> names = new ArrayList<>();
            List<String> ids = new ArrayList<>();
            for (CrmPerson p : assoc) {
                names.add(p.person.fullName());
                ids.add(p.id);
            }
            rows.add(new Row(null, a, String.join(";", names), String.join(";", ids)));
        }
        rows.sort(Comparator.comparing((Row r) -> r.a.at).reversed());
        List<Row> withIds = new ArrayList<>();
        for (Row r : rows) {
            withIds.add(new Row(crm.nextHubSpotActivityId(), r.a, r.names, r.ids));
        }
        return withIds;
    }

}
