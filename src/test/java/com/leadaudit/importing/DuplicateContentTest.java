package com.leadaudit.importing;

import static org.assertj.core.api.Assertions.assertThat;

import com.leadaudit.importing.DuplicateContent.Candidate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** SPEC §4: a file whose content was already imported is skipped whatever its name, and the twin that counts is stable. */
class DuplicateContentTest {

    @Test
    void theShorterNameCountsAmongNewTwins() {
        assertThat(DuplicateContent.duplicates(List.of(
                new Candidate("crm/leads (1).csv", "aa", false),
                new Candidate("crm/leads.csv", "aa", false),
                new Candidate("crm/other.csv", "bb", false))))
                .containsExactly(java.util.Map.entry("crm/leads (1).csv", "crm/leads.csv"));
    }

    @Test
    void theTwinThatCountedBeforeKeepsCounting() {
        assertThat(DuplicateContent.duplicates(List.of(
                new Candidate("crm/a-copy-with-a-long-name.csv", "aa", true),
                new Candidate("crm/a.csv", "aa", false))))
                .containsExactly(java.util.Map.entry("crm/a.csv", "crm/a-copy-with-a-long-name.csv"));
    }

    @Test
    void threeTwinsNameTheSameOriginalAndDifferentContentIsNoTwin() {
        assertThat(DuplicateContent.duplicates(List.of(
                new Candidate("x/b.csv", "aa", false),
                new Candidate("x/a.csv", "aa", false),
                new Candidate("x/c.csv", "aa", false),
                new Candidate("x/d.csv", "dd", false))))
                .containsOnly(java.util.Map.entry("x/b.csv", "x/a.csv"), java.util.Map.entry("x/c.csv", "x/a.csv"));
    }
}
