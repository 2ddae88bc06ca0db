package com.leadaudit.matching;

import com.leadaudit.rebuild.DerivedState;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;

/**
 * Runs the tiers of SPEC §6 in order; a lead matched at one tier is not looked at by the next. Skipped when neither
 * the leads nor the consolidated CRM were rebuilt since the matches were made.
 */
@Service
public class MatchService {

    /** Bump when matching changes what it produces from the same leads and CRM. */
    static final String VERSION = "4";

    public record Counts(int email, int phone, int name, boolean rematched) {
    }

    private final MatchRepository matches;
    private final DerivedState state;
    private final JdbcTemplate jdbc;

    public MatchService(MatchRepository matches, DerivedState state, JdbcTemplate jdbc) {
        this.matches = matches;
        this.state = state;
        this.jdbc = jdbc;
    }

    public Counts matchAll() {
        String fingerprint = jdbc.queryForObject("""
                SELECT string_agg(name || '=' || fingerprint, ',' ORDER BY name) FROM derived_state
                WHERE name IN (?, ?) HAVING count(*) = 2""", String.class, DerivedState.CRM_PEOPLE, DerivedState.LEADS);
        if (fingerprint != null) {
            fingerprint = "v" + VERSION + "|" + fingerprint;
            var unchanged = state.unchanged(DerivedState.MATCHES, fingerprint);
            if (unchanged.isPresent() && unchanged.get().length == 3) {
                long[] c = unchanged.get();
                return new Counts((int) c[0], (int) c[1], (int) c[2], false);
            }
        }
        matches.clear();
        int email = matches.emailTier();
        int phone = matches.phoneTier();
        int name = matches.nameTier();
        matches.summarise();
        if (fingerprint != null) {
            state.record(DerivedState.MATCHES, fingerprint, email, phone, name);
        }
        return new Counts(email, phone, name, true);
    }
}
