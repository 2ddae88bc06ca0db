package com.leadaudit.rebuild;

import com.leadaudit.importing.FileRole;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/**
 * Owner of table derived_state: for each set of tables the job rebuilds from the imported rows (the consolidated
 * CRM, the leads, the matches), a fingerprint of everything it was built from. A step whose fingerprint is unchanged
 * skips its rebuild — nightly runs over unchanged exports then redo only the as-of-dependent work.
 *
 * <p>Fingerprints are computed inside the database from source_file (ids, content fingerprints and import times of
 * the files that count), the settings that shape the result and a version constant per rebuild, which must be
 * bumped whenever that rebuild's SQL changes what it produces. They are recorded in the rebuild's own transaction.
 */
@Repository
public class DerivedState {

    /** The consolidated activities and their links to people (what first touches are found in). */
    public static final String CRM = "crm";
    /** The consolidated people and their phones (what leads are matched to). */
    public static final String CRM_PEOPLE = "crm-people";
    public static final String LEADS = "leads";
    public static final String MATCHES = "matches";

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

    /** The counts recorded with {@code name} when its fingerprint is still {@code fingerprint}. */
    public Optional<long[]> unchanged(String name, String fingerprint) {
        List<long[]> rows = jdbc.query("SELECT counts FROM derived_state WHERE name = ? AND fingerprint = ?",
                (rs, i) -> {
                    Long[] counts = (Long[]) rs.getArray(1).getArray();
                    long[] out = new long[counts.length];
                    for (int k = 0; k < counts.length; k++) {
                        out[k] = counts[k];
                    }
                    return out;
                }, name, fingerprint);
        return rows.stream().findFirst();
    }

    public void record(String name, String fingerprint, long... counts) {
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
                    ps.setString(2, fingerprint);
                    ps.setArray(3, ps.getConnection().createArrayOf("bigint", boxed));
                });
    }

    /** Forces the next run to rebuild these (a table they depend on was rebuilt). */
    public void forget(String... names) {
        jdbc.update("DELETE FROM derived_state WHERE name = ANY (?)",
                ps -> ps.setArray(1, ps.getConnection().createArrayOf("text", names)));
    }

    /** True when {@code table} has no rows — a rebuild with an unchanged fingerprint must still not be skipped then. */
    public boolean isEmpty(String table) {
        return Boolean.FALSE.equals(jdbc.queryForObject("SELECT EXISTS (SELECT 1 FROM " + table + ")", Boolean.class));
    }
}
