package com.leadaudit.matching;

import org.springframework.stereotype.Service;

/** Runs the tiers of SPEC §6 in order; a lead matched at one tier is not looked at by the next. */
@Service
public class MatchService {

    public record Counts(int email, int phone, int name) {
    }

    private final MatchRepository matches;

    public MatchService(MatchRepository matches) {
        this.matches = matches;
    }

    public Counts matchAll() {
        matches.clear();
        int email = matches.emailTier();
        int phone = matches.phoneTier();
        NameTier nameTier = new NameTier(matches::insertNameMatches);
        matches.forEachNameCandidate(nameTier);
        int name = nameTier.finish();
        matches.summarise();
        return new Counts(email, phone, name);
    }
}
