package com.leadaudit.campaign;

import com.leadaudit.io.TableSchema;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** The campaign register's columns (SPEC §3): code,name,start_date,end_date,time_zone,sla[,country][,qualifying_types][,holidays][,cost][,currency]. */
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
    static final String COST = "cost";
    static final String CURRENCY = "currency";

    static final TableSchema SCHEMA = new TableSchema("campaign-register", fields(), Set.of(CODE), 2);

    /** In field order, which decides which field claims a column two could match. */
    private static Map<String, List<String>> fields() {
        Map<String, List<String>> f = new java.util.LinkedHashMap<>();
        f.put(CODE, List.of("code", "campaign code", "campaign", "slug"));
        f.put(NAME, List.of("name", "campaign name", "show", "event"));
        f.put(START, List.of("start_date", "start", "start date", "from"));
        f.put(END, List.of("end_date", "end", "end date", "to"));
        f.put(ZONE, List.of("time_zone", "timezone", "tz", "zone"));
        f.put(SLA, List.of("sla", "follow up sla"));
        f.put(COUNTRY, List.of("country", "country code"));
        f.put(QUALIFYING, List.of("qualifying_types", "qualifying types", "qualifying channels"));
        f.put(HOLIDAYS, List.of("holidays", "holiday", "public holidays"));
        f.put(COST, List.of("cost", "costs", "total cost", "budget"));
        f.put(CURRENCY, List.of("currency", "cost currency"));
        return f;
    }

    private CampaignRegisterSchema() {
    }
}
