package com.leadaudit.rebuild;

import com.leadaudit.io.FileRole;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/**
 * Owner of table derived_state: for each {@link DerivedSet} a fingerprint of everything it was built from. A step
 * whose set's fingerprint is unchanged keeps the set instead of rebuilding it — nightly runs over unchanged exports
 * then redo only the as-of-dependent work.
 *
 * <p>A fingerprint is the set's version and the inputs its owner names: the imported files that count
 * ({@link #inputs}), the settings that shape the result, and the fingerprints of the sets it is built from
 * ({@link #basis}). It is recorded in the rebuild's own transaction, and recording it forgets every set built on
 * this one: a set rebuilt from equal inputs (its table had been emptied) still has new rows, so what was built from
 * the old rows must be built again.
 */
@Repository
public class DerivedState {

    /** What a kept set was built with: the counts recorded with it (the first is its row count, where it has one). */
    public record Kept(List<Long> counts) {
        public long count(int index) {
            return counts.get(index);
        }
    }

    private final JdbcTemplate jdbc;

    public DerivedState(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** Fingerprint of the imported files of one role that count (imported, present), plus {@code extra}. */
    public String inputs(FileRole role, String extra) {
        return jdbc.queryForObject("""
                SELECT md5(COALESCE(string_agg(id || ':' || fingerprint || ':' || imported_at, ',' ORDER BY id), '')
                           || '|' || ?)
                FROM source_file WHERE role = ? AND status = 'IMPORTED' AND present""", String.class,
                extra, role.name());
    }

    /**
     * The fingerprints of the sets {@code set} is built from, as one text; null while one of them is not recorded
     * (not built yet, or stale), when {@code set} cannot be kept.
     */
    public String basis(DerivedSet set) {
        List<String> keys = set.builtFrom().stream().map(DerivedSet::key).toList();
        return jdbc.query("""
                SELECT string_agg(name || '=' || fingerprint, ',' ORDER BY name) FROM derived_state
                WHERE name = ANY (?) HAVING count(*) = ?""", ps -> {
                    ps.setArray(1, ps.getConnection().createArrayOf("text", keys.toArray()));
                    ps.setInt(2, keys.size());
                }, rs -> rs.next() ? rs.getString(1) : null);
    }

    /**
     * What {@code set} was built with when it was built from {@code inputs} by its current version and its table
     * (if it has one) still holds rows, or holds none because none were built.
     */
    public Optional<Kept> kept(DerivedSet set, String inputs) {
        whole(set);
        return keptAt(set.key(), set, inputs);
    }

    /** {@link #kept(DerivedSet, String)} for one campaign's part of a per-campaign set. */
    public Optional<Kept> kept(DerivedSet set, String campaign, String inputs) {
        return keptAt(name(set, campaign), set, inputs);
    }

    public void record(DerivedSet set, String inputs, long... counts) {
        whole(set);
        recordAt(set.key(), set, inputs, counts);
        forgetBuiltOn(set);
    }

    /** Records one campaign's part of a per-campaign set (nothing is built on those). */
    public void record(DerivedSet set, String campaign, String inputs, long... counts) {
        recordAt(name(set, campaign), set, inputs, counts);
    }

    /** Forgets one campaign's part of a per-campaign set: its next run rebuilds it. */
    public void forget(DerivedSet set, String campaign) {
        jdbc.update("DELETE FROM derived_state WHERE name = ?", name(set, campaign));
    }

    private Optional<Kept> keptAt(String name, DerivedSet set, String inputs) {
        List<Kept> rows = jdbc.query("SELECT counts FROM derived_state WHERE name = ? AND fingerprint = ?",
                (rs, i) -> new Kept(List.of((Long[]) rs.getArray(1).getArray())), name, fingerprint(set, inputs));
        return rows.stream().findFirst()
                .filter(kept -> set.table() == null || kept.counts().isEmpty() || kept.count(0) == 0
                        || hasRows(set.table()));
    }

    private void recordAt(String name, DerivedSet set, String inputs, long... counts) {
        Long[] boxed = new Long[counts.length];
        for (int k = 0; k < counts.length; k++) {
            boxed[k] = counts[k];
        }
        jdbc.update("""
                INSERT INTO derived_state (name, fingerprint, counts, built_at) VALUES (?, ?, ?, now())
                ON CONFLICT (name) DO UPDATE SET fingerprint = excluded.fingerprint, counts = excluded.counts,
                                                 built_at = excluded.built_at""",
                ps -> {
                    ps.setString(1, name);
                    ps.setString(2, fingerprint(set, inputs));
                    ps.setArray(3, ps.getConnection().createArrayOf("bigint", boxed));
                });
    }

    /** The sets built on {@code set} are stale once it is rebuilt; per-campaign ones for every campaign. */
    private void forgetBuiltOn(DerivedSet set) {
        var stale = set.builtOnThis();
        if (stale.isEmpty()) {
            return;
        }
        String[] whole = stale.stream().filter(s -> !s.perCampaign()).map(DerivedSet::key).toArray(String[]::new);
        String[] perCampaign = stale.stream().filter(DerivedSet::perCampaign).map(s -> s.key() + ":")
                .toArray(String[]::new);
        jdbc.update("""
                DELETE FROM derived_state
                WHERE name = ANY (?) OR split_part(name, ':', 1) || ':' = ANY (?)""", ps -> {
                    ps.setArray(1, ps.getConnection().createArrayOf("text", whole));
                    ps.setArray(2, ps.getConnection().createArrayOf("text", perCampaign));
                });
    }

    private static String fingerprint(DerivedSet set, String inputs) {
        return "v" + set.version() + "|" + inputs;
    }

    private static String name(DerivedSet set, String campaign) {
        if (!set.perCampaign()) {
            throw new IllegalArgumentException(set + " is not kept per campaign");
        }
        return set.key() + ":" + campaign;
    }

    private static void whole(DerivedSet set) {
        if (set.perCampaign()) {
            throw new IllegalArgumentException(set + " is kept per campaign");
        }
    }

    private boolean hasRows(String table) {
        return Boolean.TRUE.equals(jdbc.queryForObject("SELECT EXISTS (SELECT 1 FROM " + table + ")", Boolean.class));
    }
}
