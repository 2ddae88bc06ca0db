package com.leadaudit.sample;

import com.leadaudit.sample.CampaignPlan.LeadPlan;
import com.leadaudit.sample.SampleModel.Crm;
import com.leadaudit.sample.SampleModel.CrmPerson;
import com.leadaudit.sample.SampleModel.Person;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.apache.commons.text.similarity.JaroWinklerSimilarity;

/**
 * Refuses to write a sample in which a lead would match differently than intended. It re-derives the tier of
 * every planned lead from SPEC §6 (email, then phone + last name, then a unique Jaro-Winkler ≥ 0.93 name with
 * the same company or corporate domain) and fails the generator on any surprise, e.g. a random filler that
 * happens to look like somebody else's CRM record. Test-side code; it is not the product's matcher.
 */
final class MatchGuard {

    private static final JaroWinklerSimilarity JW = new JaroWinklerSimilarity();
    private static final Set<String> FREE_MAIL = Set.of("gmail.com", "googlemail.com", "yahoo.com", "hotmail.com",
            "outlook.com", "live.com", "aol.com", "icloud.com", "gmx.de", "gmx.net", "web.de", "t-online.de",
            "proton.me", "protonmail.com", "qq.com", "163.com");
    private static final Set<String> LEGAL = Set.of("inc", "llc", "ltd", "limited", "gmbh", "ag", "kg", "co", "sa",
            "sas", "bv", "nv", "plc", "corp", "corporation", "srl", "spa", "pty", "lda", "sl", "fze", "fzllc", "pjsc");

    private MatchGuard() {
    }

    static void check(List<CampaignPlan> campaigns, CrmBook crm) {
        List<CrmPerson> all = new ArrayList<>(crm.salesforce);
        all.addAll(crm.hubspot);
        List<String> problems = new ArrayList<>();
        for (CampaignPlan c : campaigns) {
            for (LeadPlan l : c.leads) {
                Result got = match(l.person, c.phoneRegion, all);
                Set<CrmPerson> want = l.crm == null ? Set.of() : Set.of(l.crm);
                boolean ok = java.util.Objects.equals(got.tier, l.intendedTier) && got.found.equals(want);
                if (!ok) {
                    problems.add(c.code + " " + l.person.fullName() + " <" + l.person.email() + ">: intended "
                            + l.intendedTier + ", spec gives " + got.tier + " with " + got.found.size() + " person(s)");
                }
            }
        }
        if (!problems.isEmpty()) {
            throw new IllegalStateException("sample would match differently than planned:\n" + String.join("\n", problems));
        }
    }

    private record Result(String tier, Set<CrmPerson> found) {
    }

    private static Result match(Person lead, String region, List<CrmPerson> all) {
        String email = lead.email() == null ? "" : lead.email().toLowerCase(Locale.ROOT).trim();
        Set<CrmPerson> found = new HashSet<>();
        if (!email.isEmpty()) {
            for (CrmPerson p : all) {
                if (email.equalsIgnoreCase(p.person.email())
                        || (p.kind == Crm.SF_CONVERTED && email.equalsIgnoreCase(p.leadView.email()))) {
                    found.add(p);
                }
            }
            if (!found.isEmpty()) {
                return new Result("EMAIL", found);
            }
        }
        Set<String> leadPhones = new HashSet<>();
        for (String ph : new String[] {lead.phone(), lead.mobile()}) {
            String e = PeoplePool.e164(ph, region);
            if (e != null) {
                leadPhones.add(e);
            }
        }
        for (CrmPerson p : all) {
            for (String ph : new String[] {p.person.phone(), p.person.mobile()}) {
                String e = PeoplePool.e164(ph, "US");  // CRM phones without a country code: leadaudit.crm.country
                if (e != null && leadPhones.contains(e)
                        && PeoplePool.norm(p.person.last()).equals(PeoplePool.norm(lead.last()))) {
                    found.add(p);
                }
            }
        }
        if (!found.isEmpty()) {
            return new Result("PHONE", found);
        }
        String name = PeoplePool.norm(lead.first() + " " + lead.last());
        for (CrmPerson p : all) {
            if (JW.apply(name, PeoplePool.norm(p.person.first() + " " + p.person.last())) >= 0.93
                    && (company(lead.company()).equals(company(p.person.company()))
                    || sameCorporateDomain(email, p.person.email()))) {
                found.add(p);
            }
        }
        return found.size() == 1 ? new Result("NAME", found) : new Result(null, Set.of());
    }

    static String company(String c) {
        List<String> words = new ArrayList<>(List.of(PeoplePool.norm(c == null ? "" : c).split(" ")));
        while (!words.isEmpty() && LEGAL.contains(words.get(words.size() - 1))) {
            words.remove(words.size() - 1);
        }
        return String.join(" ", words);
    }

    private static boolean sameCorporateDomain(String a, String b) {
        if (a == null || b == null || !a.contains("@") || !b.contains("@")) {
            return false;
        }
        String da = a.substring(a.indexOf('@') + 1).toLowerCase(Locale.ROOT);
        String db = b.substring(b.indexOf('@') + 1).toLowerCase(Locale.ROOT);
        return da.equals(db) && !FREE_MAIL.contains(da);
    }
}
