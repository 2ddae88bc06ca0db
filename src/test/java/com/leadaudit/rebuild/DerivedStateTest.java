package com.leadaudit.rebuild;

import static org.assertj.core.api.Assertions.assertThat;

import com.leadaudit.AuditTest;
import com.leadaudit.SeedRows;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/** derived_state as the rebuilding steps use it: kept, stale, and the fingerprints a set is built from. */
@AuditTest
class DerivedStateTest {

    @Autowired
    DerivedState state;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void aSetIsKeptForTheSameInputsAndItsVersionIsPartOfTheFingerprint() {
        state.record(DerivedSet.MATCHES, "people-1,leads-1", 3, 2, 1);

        assertThat(state.kept(DerivedSet.MATCHES, "people-1,leads-1")).map(DerivedState.Kept::counts)
                .contains(List.of(3L, 2L, 1L));
        assertThat(state.kept(DerivedSet.MATCHES, "people-2,leads-1")).isEmpty();
        assertThat(jdbc.queryForObject("SELECT fingerprint FROM derived_state WHERE name = 'matches'", String.class))
                .isEqualTo("v" + DerivedSet.MATCHES.version() + "|people-1,leads-1");
        jdbc.update("UPDATE derived_state SET fingerprint = 'v0|people-1,leads-1' WHERE name = 'matches'");
        assertThat(state.kept(DerivedSet.MATCHES, "people-1,leads-1")).as("built by an older version").isEmpty();
    }

    @Test
    void rebuildingLeadsForgetsWhatWasBuiltOnThemAndNothingElse() {
        state.record(DerivedSet.CRM_PEOPLE, "crm-1", 0);
        state.record(DerivedSet.CRM_ACTIVITIES, "crm-1", 0);
        state.record(DerivedSet.MATCHES, "m-1", 0, 0, 0);
        state.record(DerivedSet.OUTCOME_CANDIDATES, "o-1", 0);
        state.record(DerivedSet.TOUCHES, "hm", "t-1", 5);
        state.record(DerivedSet.TOUCHES, "ces", "t-1", 5);
        state.record(DerivedSet.DEADLINES, "hm", "d-1");

        state.record(DerivedSet.LEADS, "scans-1", 0);

        assertThat(jdbc.queryForList("SELECT name FROM derived_state ORDER BY name", String.class))
                .containsExactly("crm", "crm-people", "deadlines:hm", "leads");
    }

    @Test
    void aSetWhoseTableWasEmptiedIsBuiltAgainUnlessItBuiltNoRows() {
        new SeedRows(jdbc).campaign("hm", "Europe/Berlin", "2bd", "CALL", Instant.parse("2026-04-30T16:00:00Z"));
        state.record(DerivedSet.LEADS, "scans-1", 2);
        assertThat(state.kept(DerivedSet.LEADS, "scans-1")).as("lead table empty, 2 leads recorded").isEmpty();

        new SeedRows(jdbc).lead("hm", "anna@elbe.example", Instant.parse("2026-04-28T09:00:00Z"), Map.of());
        assertThat(state.kept(DerivedSet.LEADS, "scans-1")).map(kept -> kept.count(0)).contains(2L);

        state.record(DerivedSet.OUTCOME_CANDIDATES, "o-1", 0);
        assertThat(state.kept(DerivedSet.OUTCOME_CANDIDATES, "o-1")).as("no candidates built, none there").isPresent();
    }

    @Test
    void theBasisOfASetIsTheFingerprintsOfWhatItIsBuiltFromOnceAllAreThere() {
        state.record(DerivedSet.LEADS, "scans-1", 0);
        assertThat(state.basis(DerivedSet.MATCHES)).as("people not built yet").isNull();

        state.record(DerivedSet.CRM_PEOPLE, "crm-1", 0);
        assertThat(state.basis(DerivedSet.MATCHES)).isEqualTo(
                "crm-people=v" + DerivedSet.CRM_PEOPLE.version() + "|crm-1,leads=v" + DerivedSet.LEADS.version()
                        + "|scans-1");
        assertThat(state.basis(DerivedSet.TOUCHES)).as("no activities, no matches yet").isNull();
    }

    @Test
    void onePartOfAPerCampaignSetIsKeptOrForgottenAlone() {
        state.record(DerivedSet.TOUCHES, "hm", "t-1", 42);
        state.record(DerivedSet.TOUCHES, "ces", "t-1", 43);
        state.forget(DerivedSet.TOUCHES, "ces");

        assertThat(state.kept(DerivedSet.TOUCHES, "hm", "t-1")).map(kept -> kept.count(0)).contains(42L);
        assertThat(state.kept(DerivedSet.TOUCHES, "ces", "t-1")).isEmpty();
    }
}
