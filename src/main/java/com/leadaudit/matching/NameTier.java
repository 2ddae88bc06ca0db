package com.leadaudit.matching;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * The NAME tier of SPEC §6, scored in Java over blocks: a person qualifies for a lead with a Jaro–Winkler similarity
 * of at least 0.93 on "first last" and the same company or the same non-free-mail domain, so only a lead and a person
 * of the same company (or the same work domain) can ever qualify. Each block arrives as its leads followed by its
 * people, ordered by block key; every person is compared with the leads of its block, and the qualifying pairs go
 * to the sink. Whether a lead matches (exactly one person qualified, across both blocks) is then decided in SQL.
 *
 * <p>Memory holds the leads of one block at a time — bounded by the largest account, not by the input size — and
 * PostgreSQL sends each lead and each person once per block instead of one row per candidate pair.
 */
public final class NameTier {

    /** What the tier compares of a lead or a person. */
    public record Keys(String name, String company, String emailDomain) {
    }

    public record Hit(long leadId, String personKey) {
    }

    private record Lead(long id, Keys keys, JaroWinklerBound.Letters letters) {
    }

    private final boolean domainBlock;
    private final Consumer<List<Hit>> sink;
    private final List<Lead> leads = new ArrayList<>();
    private final List<Hit> pending = new ArrayList<>();
    private String block;
    private long pairs;
    private long hits;

    /**
     * @param domainBlock true when blocks are work email domains: pairs that share a company were compared in the
     *                    company blocks already and are skipped, so no pair is scored twice
     */
    public NameTier(boolean domainBlock, Consumer<List<Hit>> sink) {
        this.domainBlock = domainBlock;
        this.sink = sink;
    }

    public void lead(String blockKey, long id, Keys keys) {
        enter(blockKey);
        leads.add(new Lead(id, keys, JaroWinklerBound.Letters.of(nameOrEmpty(keys))));
    }

    public void person(String blockKey, String personKey, Keys person) {
        enter(blockKey);
        JaroWinklerBound.Letters letters = leads.isEmpty() ? null : JaroWinklerBound.Letters.of(nameOrEmpty(person));
        for (Lead lead : leads) {
            if (domainBlock && !lead.keys.company().isEmpty() && lead.keys.company().equals(person.company())) {
                continue;
            }
            pairs++;
            // most pairs of a block are two different people: ruled out by their letters before the exact score
            if (!JaroWinklerBound.mayReach(lead.letters, letters, NameMatch.THRESHOLD)) {
                continue;
            }
            if (NameMatch.namesAgree(lead.keys.name(), person.name())
                    && NameMatch.companyOrDomainAgrees(lead.keys.company(), person.company(),
                    lead.keys.emailDomain(), person.emailDomain())) {
                pending.add(new Hit(lead.id, personKey));
                hits++;
                if (pending.size() >= 1000) {
                    flush();
                }
            }
        }
    }

    /** Flushes what is pending; returns how many qualifying pairs there were. */
    public long finish() {
        flush();
        leads.clear();
        return hits;
    }

    /** Lead-person pairs scored. */
    public long pairs() {
        return pairs;
    }

    private static String nameOrEmpty(Keys keys) {
        return keys.name() == null ? "" : keys.name();
    }

    private void enter(String blockKey) {
        if (!blockKey.equals(block)) {
            block = blockKey;
            leads.clear();
        }
    }

    private void flush() {
        if (!pending.isEmpty()) {
            sink.accept(List.copyOf(pending));
            pending.clear();
        }
    }
}
