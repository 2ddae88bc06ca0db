package com.leadaudit.rebuild;

import com.leadaudit.importing.FileRole;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/**
 * Owner of table derived_state: for each {@link DerivedSet} (for a per-campaign set, each campaign's part of it) a
 * fingerprint of everything it was built from. A step whose set's fingerprint is unchanged keeps the set instead of
 * rebuilding it — nightly runs over unchanged exports then redo only the as-of-dependent work, and a new badge file
 * rebuilds only its campaign's leads.
 *
 * <p>A fingerprint is the set's version and the inputs its owner names: the imported files that count
 * ({@link #inputs}), the settings that shape the result, and the fingerprints of the sets it is built from
 * ({@link #bases}). It is recorded in the rebuild's own transaction, and recording it forgets every set built on
 * this one (for a campaign's part, the same campaign's parts of per-campaign sets): a set rebuilt from equal inputs
 * (its table had been emptied) still has new rows, so what was built from the old rows must be built again.
 */
@Repository
public class DerivedState {

    /** What a kept set was built with: the counts recorded with it (the first is its row count, where it has one). */
    public record Kept(List<Long> counts) {
        public long count(int index) {
            return counts.get(index);
        }
    }

    /**
     * {@link #appendedSince}: the files imported since a set was recorded, its row count then, and the fingerprint it
     * was recorded with.
     */
    public record Appended(List<Long> files, long rows, String recorded) {
    }

    /** What one campaign's part of a per-campaign set was built from, and its counts. */
    public record Built(String inputs, long... counts) {
    }

    private final JdbcTemplate jdbc;

    public DerivedState(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** {@link #inputs}: what a set of files is known by (ids, contents, import times), with the extra text. */
    private static final String FILES_FINGERPRINT = """
            md5(COALESCE(string_agg(id || ':' || fingerprint || ':' || imported_at, ',' ORDER BY id), '') || '|' || ?)""";

    /**
     * {@link #appendedSince}: of the files that count, the newest file id the set was recorded with (its second
     * count), the fingerprint of the files up to it, whether every later file was imported after all of those (so
     * its rows win over theirs), whether {@code after} was recorded since, and the later files' ids.
     */
    private static final String APPENDED = """
            WITH built AS (
                SELECT d.fingerprint, d.built_at, d.counts[1] AS row_count, d.counts[2] AS last_file
                FROM derived_state d
                WHERE d.name = ? AND cardinality(d.counts) >= 2
            ), files AS (
                SELECT f.id, f.fingerprint, f.imported_at, f.id <= b.last_file AS old
                FROM source_file f CROSS JOIN built b
                WHERE f.role = ? AND f.status = 'IMPORTED' AND f.present
            )
            SELECT b.fingerprint AS recorded, b.row_count,
                   (SELECT %s FROM files WHERE old) AS old_files,
                   NOT EXISTS (SELECT 1 FROM files n JOIN files o ON o.old AND NOT n.old
                               WHERE (n.imported_at, n.id) <= (o.imported_at, o.id)) AS newest,
                   EXISTS (SELECT 1 FROM derived_state a WHERE a.name = ? AND a.built_at <= b.built_at) AS after_kept,
                   (SELECT array_agg(id ORDER BY id) FROM files WHERE NOT old) AS appended
            FROM built b""".formatted(FILES_FINGERPRINT);

    /** Fingerprint of the imported files of one role that count (imported, present), plus {@code extra}. */
    public String inputs(FileRole role, String extra) {
        return jdbc.queryForObject("SELECT " + FILES_FINGERPRINT
                + " FROM source_file WHERE role = ? AND status = 'IMPORTED' AND present", String.class,
                extra, role.name());
    }

    /**
     * The files of {@code role} imported since {@code set} was recorded, when the set can be brought up to date from
     * them alone: its current version was recorded (with {@link #recordWithNewestFile}) from exactly the other files
     * that count, unchanged, with the same {@code extra}; every new file was imported after all of those; and
     * {@code after}, which the set is built against, was not recorded since. Empty otherwise, and when there is no
     * new file.
     */
    public Optional<Appended> appendedSince(DerivedSet set, FileRole role, String extra, DerivedSet after) {
        whole(set);
        whole(after);
        List<Appended> found = jdbc.query(APPENDED, (rs, i) -> {
            boolean same = fingerprint(set, rs.getString("old_files")).equals(rs.getString("recorded"));
            java.sql.Array appended = rs.getArray("appended");
            if (!same || !rs.getBoolean("newest") || !rs.getBoolean("after_kept") || appended == null) {
                return null;
            }
            return new Appended(List.of((Long[]) appended.getArray()), rs.getLong("row_count"),
                    rs.getString("recorded"));
        }, set.key(), role.name(), extra, after.key());
        return found.stream().filter(java.util.Objects::nonNull).findFirst()
                .filter(files -> set.table() == null || hasRows(set.table(), null));
    }

    /**
     * Records a whole set as {@link #record(DerivedSet, String, long...)} does, with the newest file id of the role
     * it was built from as its second count, so that {@link #appendedSince} can tell the files imported after it.
     */
    public void recordWithNewestFile(DerivedSet set, FileRole role, String inputs, long rows) {
        record(set, inputs, rows, newestFile(role));
    }

    /**
     * Records a whole set brought up to date from the files {@link #appendedSince} found, as
     * {@link #recordWithNewestFile} does but without forgetting the sets built on it: their owners patch them from what
     * the set's owner notes of the change, and the fingerprint they were recorded with (the set's before, returned by
     * {@link #appendedSince}) no longer matches, so nothing takes them for current. Returns the fingerprint recorded.
     */
    public String recordAppended(DerivedSet set, FileRole role, String inputs, long rows) {
        whole(set);
        upsert(List.of(set.key()), set, List.of(new Built(inputs, rows, newestFile(role))));
        return fingerprint(set, inputs);
    }

    private long newestFile(FileRole role) {
        return jdbc.queryForObject("""
                SELECT COALESCE(max(id), 0) FROM source_file WHERE role = ? AND status = 'IMPORTED' AND present""",
                Long.class, role.name());
    }

    /**
     * The fingerprints of the sets each campaign's part of a per-campaign set is built from (whole sets by their one
     * row, per-campaign ones by the campaign's row), as one text; null for a campaign while one of them is not
     * recorded (not built yet, or stale), when its part cannot be kept.
     */
    public Map<String, String> bases(DerivedSet set, Collection<String> campaigns) {
        Map<String, String> recorded = fingerprints();
        Map<String, String> out = new LinkedHashMap<>();
        for (String campaign : campaigns) {
            name(set, campaign);
            out.put(campaign, basis(set, campaign, recorded));
        }
        return out;
    }

    /**
     * {@link #bases} as they were before whole set {@code changed} went from fingerprint {@code from} to {@code to}
     * (as recorded): for a set built on it and kept from before that change. All null unless {@code changed} is
     * recorded with {@code to} now.
     */
    public Map<String, String> basesBefore(DerivedSet set, Collection<String> campaigns, DerivedSet changed,
                                           String from, String to) {
        whole(changed);
        Map<String, String> recorded = fingerprints();
        boolean current = to.equals(recorded.get(changed.key()));
        recorded.put(changed.key(), from);
        Map<String, String> out = new LinkedHashMap<>();
        for (String campaign : campaigns) {
            name(set, campaign);
            out.put(campaign, current ? basis(set, campaign, recorded) : null);
        }
        return out;
    }

    /**
     * The fingerprint one campaign's part of a per-campaign set was recorded with (its version and what it was built
     * from); empty while none is recorded. Rows derived further from that part alone, such as a workbook's list of
     * the scans merged into the campaign's leads, are unchanged while it is.
     */
    public Optional<String> recordedFingerprint(DerivedSet set, String campaign) {
        return jdbc.queryForList("SELECT fingerprint FROM derived_state WHERE name = ?", String.class,
                name(set, campaign)).stream().findFirst();
    }

    /** The campaigns with a recorded part of a per-campaign set, by code. */
    public List<String> campaignsOf(DerivedSet set) {
        name(set, "");
        return jdbc.queryForList("SELECT substr(name, ?) FROM derived_state WHERE name LIKE ? ORDER BY 1",
                String.class, set.key().length() + 2, set.key() + ":%");
    }

    /**
     * What {@code set} was built with when it was built from {@code inputs} by its current version and its table
     * (if it has one) still holds rows, or holds none because none were built.
     */
    public Optional<Kept> kept(DerivedSet set, String inputs) {
        whole(set);
        return keptAt(set.key(), set, inputs, null);
    }

    /** {@link #kept(DerivedSet, String)} for one campaign's part of a per-campaign set. */
    public Optional<Kept> kept(DerivedSet set, String campaign, String inputs) {
        return keptAt(name(set, campaign), set, inputs, campaign);
    }

    public void record(DerivedSet set, String inputs, long... counts) {
        whole(set);
        upsert(List.of(set.key()), set, List.of(new Built(inputs, counts)));
        forgetBuiltOn(set, null);
    }

    /** Records campaigns' parts of a per-campaign set, and forgets what was built on those parts. */
    public void record(DerivedSet set, Map<String, Built> campaigns) {
        if (campaigns.isEmpty()) {
            return;
        }
        List<String> names = campaigns.keySet().stream().map(code -> name(set, code)).toList();
        upsert(names, set, new ArrayList<>(campaigns.values()));
        forgetBuiltOn(set, campaigns.keySet());
    }

    public void record(DerivedSet set, String campaign, String inputs, long... counts) {
        record(set, Map.of(campaign, new Built(inputs, counts)));
    }

    /** Forgets campaigns' parts of a per-campaign set and what was built on them: their next run rebuilds them. */
    public void forget(DerivedSet set, Collection<String> campaigns) {
        if (campaigns.isEmpty()) {
            return;
        }
        delete(campaigns.stream().map(code -> name(set, code)).toList());
        forgetBuiltOn(set, campaigns);
    }

    /**
     * Forgets a whole set's own record: a later run rebuilds it whatever its inputs, and keeps nothing built on it
     * meanwhile (their bases need its record). For a rebuild that commits its parts in more than one transaction, in
     * the first: a failure between them leaves no record that would let a later run keep the half-written set, or
     * bring it up to date from new files. The records built on it are left to the set's next {@link #record}: deleting
     * them here could meet a step of the other branch deleting the same rows in another order (a deadlock).
     */
    public void forgetRecord(DerivedSet set) {
        whole(set);
        delete(List.of(set.key()));
    }

    /** Forgets every set: the next run rebuilds all of them, whatever their inputs. */
    public void forgetAll() {
        jdbc.update("DELETE FROM derived_state");
    }

    public void forget(DerivedSet set, String campaign) {
        forget(set, List.of(campaign));
    }

    private Optional<Kept> keptAt(String name, DerivedSet set, String inputs, String campaign) {
        List<Kept> rows = jdbc.query("SELECT counts FROM derived_state WHERE name = ? AND fingerprint = ?",
                (rs, i) -> new Kept(List.of((Long[]) rs.getArray(1).getArray())), name, fingerprint(set, inputs));
        return rows.stream().findFirst()
                .filter(kept -> set.table() == null || kept.counts().isEmpty() || kept.count(0) == 0
                        || hasRows(set.table(), campaign));
    }

    private void upsert(List<String> names, DerivedSet set, List<Built> built) {
        List<Integer> rows = java.util.stream.IntStream.range(0, names.size()).boxed().toList();
        jdbc.batchUpdate("""
                INSERT INTO derived_state (name, fingerprint, counts, built_at) VALUES (?, ?, ?, now())
                ON CONFLICT (name) DO UPDATE SET fingerprint = excluded.fingerprint, counts = excluded.counts,
                                                 built_at = excluded.built_at""", rows, 500, (ps, row) -> {
                    Built b = built.get(row);
                    Long[] boxed = new Long[b.counts().length];
                    for (int k = 0; k < boxed.length; k++) {
                        boxed[k] = b.counts()[k];
                    }
                    ps.setString(1, names.get(row));
                    ps.setString(2, fingerprint(set, b.inputs()));
                    ps.setArray(3, ps.getConnection().createArrayOf("bigint", boxed));
                });
    }

    /**
     * The sets built on {@code set} are stale once it is rebuilt: for a rebuild of some campaigns' parts, the same
     * campaigns' parts of per-campaign sets built on it, and whole sets; otherwise every part. Followed to the sets
     * built on those in turn.
     */
    private void forgetBuiltOn(DerivedSet set, Collection<String> campaigns) {
        for (DerivedSet next : DerivedSet.values()) {
            if (!next.builtFrom().contains(set)) {
                continue;
            }
            Collection<String> scope = next.perCampaign() && set.perCampaign() ? campaigns : null;
            if (!next.perCampaign()) {
                delete(List.of(next.key()));
            } else if (scope == null) {
                jdbc.update("DELETE FROM derived_state WHERE name LIKE ?", next.key() + ":%");
            } else {
                delete(scope.stream().map(code -> name(next, code)).toList());
            }
            forgetBuiltOn(next, scope);
        }
    }

    private void delete(List<String> names) {
        jdbc.update("DELETE FROM derived_state WHERE name = ANY (?)",
                ps -> ps.setArray(1, ps.getConnection().createArrayOf("text", names.toArray())));
    }

    private Map<String, String> fingerprints() {
        Map<String, String> out = new TreeMap<>();
        jdbc.query("SELECT name, fingerprint FROM derived_state", rs -> {
            out.put(rs.getString(1), rs.getString(2));
        });
        return out;
    }

    /** The basis of one campaign's part of {@code set} from the recorded fingerprints (see {@link #bases}). */
    private static String basis(DerivedSet set, String campaign, Map<String, String> recorded) {
        Map<String, String> parts = new TreeMap<>();
        for (DerivedSet from : set.builtFrom()) {
            String value = recorded.get(from.perCampaign() ? from.key() + ":" + campaign : from.key());
            if (value == null) {
                return null;
            }
            parts.put(from.key(), value);
        }
        StringBuilder out = new StringBuilder();
        parts.forEach((key, value) -> out.append(out.isEmpty() ? "" : ",").append(key).append('=').append(value));
        return out.toString();
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

    private boolean hasRows(String table, String campaign) {
        return Boolean.TRUE.equals(campaign == null
                ? jdbc.queryForObject("SELECT EXISTS (SELECT 1 FROM " + table + ")", Boolean.class)
                : jdbc.queryForObject("SELECT EXISTS (SELECT 1 FROM " + table + " WHERE campaign_code = ?)",
                        Boolean.class, campaign));
    }
}
