package com.leadaudit.crm;

import com.leadaudit.io.MappingKind;
import com.leadaudit.io.MappingKinds;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.stereotype.Component;

/**
 * The CRM kinds a mapping file may declare, for CRMs leadaudit has no built-in layout for (Pipedrive, Zoho, …).
 * People fields carry the same names as the built-in schemas' fields, so mapped rows reuse the same mapping code.
 */
@Component
public class CrmMappingKinds implements MappingKinds {

    public static final String CONTACT = "crm-contact";
    public static final String LEAD = "crm-lead";
    public static final String ACTIVITY = "crm-activity";
    public static final Set<String> ALL = Set.of(CONTACT, LEAD, ACTIVITY);

    /** Activity fields that have no built-in counterpart. */
    static final String OCCURRED_AT = "occurred_at";
    static final String DATE = "date";
    static final String PERSON_IDS = "person_ids";

    /** Settings: the CRM's name, which keeps its ids apart from other CRMs' ids; an export's fixed channel. */
    static final String SOURCE = "source";
    static final String CHANNEL = "channel";

    private static final List<String> PERSON_FIELDS = List.of(CrmSchemas.ID, CrmSchemas.EMAIL,
            CrmSchemas.FIRST_NAME, CrmSchemas.LAST_NAME, CrmSchemas.FULL_NAME, CrmSchemas.COMPANY, CrmSchemas.PHONE,
            CrmSchemas.MOBILE, CrmSchemas.OWNER);
    private static final List<String> ACTIVITY_FIELDS = List.of(CrmSchemas.ID, CrmSchemas.TYPE, CrmSchemas.SUBJECT,
            OCCURRED_AT, DATE, CrmSchemas.STATUS, CrmSchemas.DIRECTION, CrmSchemas.OWNER, PERSON_IDS,
            CrmSchemas.CONTACT_EMAIL);

    @Override
    public List<MappingKind> mappingKinds() {
        Map<String, Set<String>> personSettings = Map.of(SOURCE, Set.of());
        Map<String, Set<String>> activitySettings = Map.of(SOURCE, Set.of(),
                CHANNEL, Set.of("email", "call", "meeting", "task", "linkedin", "note", "other"));
        return List.of(new MappingKind(CONTACT, PERSON_FIELDS, personSettings),
                new MappingKind(LEAD, PERSON_FIELDS, personSettings),
                new MappingKind(ACTIVITY, ACTIVITY_FIELDS, activitySettings));
    }
}
