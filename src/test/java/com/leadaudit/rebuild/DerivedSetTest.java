package com.leadaudit.rebuild;

import static com.leadaudit.rebuild.DerivedSet.CRM_ACTIVITIES;
import static com.leadaudit.rebuild.DerivedSet.CRM_PEOPLE;
import static com.leadaudit.rebuild.DerivedSet.DEADLINES;
import static com.leadaudit.rebuild.DerivedSet.LEADS;
import static com.leadaudit.rebuild.DerivedSet.MATCHES;
import static com.leadaudit.rebuild.DerivedSet.OUTCOMES;
import static com.leadaudit.rebuild.DerivedSet.OUTCOME_CANDIDATES;
import static com.leadaudit.rebuild.DerivedSet.STATUSES_REFRESHED;
import static com.leadaudit.rebuild.DerivedSet.TOUCHES;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

/** What a rebuild makes stale follows from the one declaration of what each derived set is built from. */
class DerivedSetTest {

    @ParameterizedTest(name = "rebuilding {0} makes stale: {1}")
    @CsvSource(delimiter = '|', textBlock = """
            # rebuilt        | stale afterwards                        | why
            LEADS            | MATCHES OUTCOME_CANDIDATES OUTCOMES TOUCHES | new lead rows have no matches; candidates and touches are per lead
            CRM_PEOPLE       | MATCHES OUTCOME_CANDIDATES OUTCOMES TOUCHES | the people leads were matched to are new rows
            CRM_ACTIVITIES   | TOUCHES                                 | first touches point at activity ids, renumbered by a rebuild
            MATCHES          | OUTCOME_CANDIDATES OUTCOMES TOUCHES     | both follow a lead to its matched people
            OUTCOME_CANDIDATES | OUTCOMES                              | outcomes are chosen from the candidates
            OUTCOMES         |                                         | nothing is built from the chosen outcomes
            TOUCHES          |                                         | statuses are decided from lead rows, not kept
            DEADLINES        |                                         | the SLA rules depend on no derived set
            STATUSES_REFRESHED |                                       | a status is decided again whenever its lead's touch or deadline changes
            """)
    void aRebuildMakesStaleEverythingBuiltOnIt(DerivedSet rebuilt, String stale, String why) {
        Set<DerivedSet> expected = stale == null ? Set.of()
                : Arrays.stream(stale.trim().split("\\s+")).map(DerivedSet::valueOf).collect(Collectors.toSet());
        assertThat(rebuilt.builtOnThis()).as(why).containsExactlyInAnyOrderElementsOf(expected);
    }

    @Test
    void noSetIsBuiltOnItselfAndKeysAreUnique() {
        for (DerivedSet set : DerivedSet.values()) {
            assertThat(set.builtOnThis()).as(set.name()).doesNotContain(set);
        }
        assertThat(Arrays.stream(DerivedSet.values()).map(DerivedSet::key).distinct()).hasSize(DerivedSet.values().length);
    }

    @Test
    void leadsAndWhatFollowsThemAreKeptPerCampaignTheCrmWhole() {
        assertThat(Arrays.stream(DerivedSet.values()).filter(DerivedSet::perCampaign))
                .containsExactly(LEADS, MATCHES, OUTCOME_CANDIDATES, TOUCHES, DEADLINES, STATUSES_REFRESHED, OUTCOMES);
        assertThat(OUTCOME_CANDIDATES.builtFrom()).containsExactly(MATCHES);
        assertThat(TOUCHES.builtFrom()).containsExactly(CRM_ACTIVITIES, LEADS, MATCHES);
    }
}
