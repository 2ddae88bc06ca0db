package com.leadaudit.matching;

import com.leadaudit.rebuild.DerivedSet;
import com.leadaudit.rebuild.DerivedState;
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

    public Counts matchAll() {
        String fingerprint = state.basis(DerivedSet.MATCHES);
        if (fingerprint != null) {
            var kept = state.kept(DerivedSet.MATCHES, fingerprint);
            if (kept.isPresent()) {
                var c = kept.get();
                return new Counts((int) c.count(0), (int) c.count(1), (int) c.count(2), false);
            }
        }
        matches.clear();
        int email = matches.emailTier();
        int phone = matches.phoneTier();
        int name = matches.nameTier();
        matches.summarise();
        if (fingerprint != null) {
            state.record(DerivedSet.MATCHES, fingerprint, email, phone, name);
        }
        return new Counts(email, phone, name, true);
    }
}
