package com.leadaudit.campaign;

import com.leadaudit.io.TableSchema;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** The campaign register's columns (SPEC §3): code,name,start_date,end_date,time_zone,sla[,country][,qualifying_types][,holidays]. */
final class CampaignRegisterSchema {

    static final String CODE = "code";
    static final String NAME = "name";
    static final String START = "start_date";
    static final String END = "end_date";
    static final String ZONE = "time_zone";
    static final String SLA = "sla";
    static final String COUNTRY = "country";
    static final String QUALIFYING = "qualifying_types";
    static final String HOLIDAYS = "holidays";

    static final TableSchema SCHEMA = new TableSchema("campaign-register", Map.of(
            CODE, List.of("code", "campaign code", "campaign", "slug"),
            NAME, List.of("name", "campaign name", "show", "event"),
            START, List.of("start_date", "start", "start date", "from"),
            END, List.of("end_date", "end", "end date", "to"),
            ZONE, List.of("time_zone", "timezone", "tz", "zone"),
            SLA, List.of("sla", "follow up sla"),
            COUNTRY, List.of("country", "country code"),
            QUALIFYING, List.of("qualifying_types", "qualifying types", "qualifying channels"),
            HOLIDAYS, List.of("holidays", "holiday", "public holidays")),
            Set.of(CODE), 2);

    private CampaignRegisterSchema() {
    }
}
