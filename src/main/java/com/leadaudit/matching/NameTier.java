package com.leadaudit.matching;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;

/**
 * The NAME tier of SPEC §6 over candidates arriving grouped by lead: a person qualifies with a Jaro–Winkler
 * similarity of at least 0.93 on "first last" and the same company or the same non-free-mail domain; the lead
 * matches only when exactly one person qualifies, since two equally plausible people mean we cannot know which.
 */
public final class NameTier implements Consumer<NameTier.Candidate> {

    public record Candidate(long leadId, String leadName, String leadCompany, String leadDomain, String personKey,
                            String personName, String personCompany, String personDomain) {
    }

    public record Match(long leadId, String personKey) {
    }

    private final Consumer<List<Match>> sink;
    private final List<Match> pending = new ArrayList<>();
    private final Set<String> qualifying = new LinkedHashSet<>();
    private long currentLead = Long.MIN_VALUE;
    private int matched;

    public NameTier(Consumer<List<Match>> sink) {
        this.sink = sink;
    }

    @Override
    public void accept(Candidate c) {
        if (c.leadId() != currentLead) {
            decide();
            currentLead = c.leadId();
        }
        if (NameMatch.namesAgree(c.leadName(), c.personName())
                && NameMatch.companyOrDomainAgrees(c.leadCompany(), c.personCompany(), c.leadDomain(), c.personDomain())) {
            qualifying.add(c.personKey());
        }
    }

    /** Flushes the last lead and whatever is pending; returns how many leads matched. */
    public int finish() {
        decide();
        flush();
        return matched;
    }

    private void decide() {
        if (qualifying.size() == 1) {
            pending.add(new Match(currentLead, qualifying.iterator().next()));
            matched++;
            if (pending.size() >= 1000) {
                flush();
            }
        }
        qualifying.clear();
    }

    private void flush() {
        if (!pending.isEmpty()) {
            sink.accept(List.copyOf(pending));
            pending.clear();
        }
    }
}
