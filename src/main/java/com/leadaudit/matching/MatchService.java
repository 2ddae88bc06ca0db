package com.leadaudit.matching;

import com.leadaudit.rebuild.DerivedSet;
import com.leadaudit.rebuild.DerivedState;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Service;

/**
 * Runs the tiers of SPEC §6 in order; a lead matched at one tier is not looked at by the next. Skipped when neither
 * the leads nor the consolidated CRM were rebuilt since the matches were made.
 */
@Service
public class MatchService {

    public record Counts(int email, int phone, int name, boolean rematched) {
    }

    private final MatchRepository matches;
    private final DerivedState state;

    public MatchService(MatchRepository matches, DerivedState state) {
        this.matches = matches;
        this.state = state;
    }

    /**
     * Matches the leads of every campaign whose leads or whose CRM people changed since its matches were made; keeps
     * the others. A lead's matches depend on nothing but the lead and the people, so a campaign whose leads were
     * rebuilt is matched alone; when the people changed, every campaign is (in one pass over all leads).
     */
    public Counts matchAll() {
        List<String> campaigns = state.campaignsOf(DerivedSet.LEADS);
        Map<String, String> bases = state.bases(DerivedSet.MATCHES, campaigns);
        List<String> stale = new ArrayList<>();
        long[] total = new long[3];
        for (String code : campaigns) {
            String basis = bases.get(code);
            var kept = basis == null ? java.util.Optional.<DerivedState.Kept>empty()
                    : state.kept(DerivedSet.MATCHES, code, basis);
            if (kept.isPresent()) {
                for (int k = 0; k < 3; k++) {
                    total[k] += kept.get().count(k);
                }
            } else {
                stale.add(code);
            }
        }
        List<String> gone = state.campaignsOf(DerivedSet.MATCHES).stream().filter(c -> !bases.containsKey(c)).toList();
        state.forget(DerivedSet.MATCHES, gone);
        if (stale.isEmpty() && !campaigns.isEmpty()) {
            return new Counts((int) total[0], (int) total[1], (int) total[2], false);
        }
        MatchRepository.Scope scope = stale.size() == campaigns.size() ? MatchRepository.Scope.ALL
                : new MatchRepository.Scope(stale);
        matches.open(scope);
        matches.clear(scope);
        total[0] += matches.emailTier(scope);
        total[1] += matches.phoneTier(scope);
        total[2] += matches.nameTier(scope);
        matches.summarise(scope);
        Map<String, long[]> found = matches.found(scope);
        Map<String, DerivedState.Built> record = new LinkedHashMap<>();
        for (String code : stale) {
            if (bases.get(code) != null) {
                record.put(code, new DerivedState.Built(bases.get(code), found.getOrDefault(code, new long[3])));
            }
        }
        state.record(DerivedSet.MATCHES, record);
        return new Counts((int) total[0], (int) total[1], (int) total[2], true);
    }
}
