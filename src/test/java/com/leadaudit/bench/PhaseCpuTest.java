package com.leadaudit.bench;

import static org.assertj.core.api.Assertions.assertThat;

import com.leadaudit.bench.PhaseCpu.Sample;
import com.leadaudit.bench.PhaseCpu.Step;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class PhaseCpuTest {

    private static final String HEAD =
            "    | from s | to s | steps running | wall | JVM core-s | other core-s | idle core-s |";
    private static final String RULE = "    |---|---|---|---|---|---|---|";

    /**
     * Ten seconds on two cores, a sample a second: both cores busy for the first four (the JVM on one of them), then
     * one busy (the JVM's) and one idle. Ticks are hundredths of a core-second.
     */
    private static List<Sample> samples() {
        List<Sample> samples = new ArrayList<>();
        long busy = 0;
        long idle = 0;
        long jvm = 0;
        for (int s = 0; s <= 10; s++) {
            samples.add(new Sample(1_000_000 + s * 1000L, busy, idle, jvm));
            busy += s < 4 ? 200 : 100;
            idle += s < 4 ? 0 : 100;
            jvm += 1_000_000_000L;
        }
        return samples;
    }

    @Test
    void cutsTheNightAtEveryStepStartAndEndAndSaysWhoUsedTheCores() {
        List<Step> steps = List.of(
                new Step("importScans", 1_000_000, 1_004_000),
                new Step("importCrm", 1_000_000, 1_006_000),
                // a partition runs inside its manager step: neither a cut nor a name of its own
                new Step("importCrm:part0", 1_001_000, 1_002_500),
                new Step("writeReports", 1_006_000, 1_010_000));

        assertThat(PhaseCpu.markdown(samples(), steps).lines().toList()).containsExactly(
                HEAD, RULE,
                "    | 0.0 | 4.0 | importScans, importCrm | 4.0 | 4.0 | 4.0 | 0.0 |",
                "    | 4.0 | 6.0 | importCrm | 2.0 | 2.0 | 0.0 | 2.0 |",
                "    | 6.0 | 10.0 | writeReports | 4.0 | 4.0 | 0.0 | 4.0 |",
                "    | | | the steps | 10.0 | 10.0 | 4.0 | 6.0 |");
    }

    @Test
    void aStepEndBetweenTwoSamplesIsInterpolatedAndAStretchTooShortJoinsTheNextUnnamed() {
        List<Step> steps = List.of(
                new Step("buildLeads", 1_000_000, 1_003_500),
                new Step("consolidatePeople", 1_000_000, 1_003_700),
                new Step("matchLeads", 1_003_700, 1_005_500));

        assertThat(PhaseCpu.markdown(samples(), steps).lines().toList()).containsExactly(
                HEAD, RULE,
                "    | 0.0 | 3.5 | buildLeads, consolidatePeople | 3.5 | 3.5 | 3.5 | 0.0 |",
                // 3.5 to 3.7 s is under half a second: shown with the stretch after it, where consolidatePeople's
                // last 0.2 s are too short to name it
                "    | 3.5 | 5.5 | matchLeads | 2.0 | 2.0 | 0.5 | 1.5 |",
                "    | | | the steps | 5.5 | 5.5 | 4.0 | 1.5 |");
    }

    @Test
    void theLastStretchIsShownHoweverShort() {
        List<Step> steps = List.of(
                new Step("computeFigures", 1_000_000, 1_006_000),
                new Step("writeReports", 1_000_000, 1_006_300));

        assertThat(PhaseCpu.markdown(samples(), steps).lines().toList()).endsWith(
                "    | 6.0 | 6.3 | writeReports | 0.3 | 0.3 | 0.0 | 0.3 |",
                "    | | | the steps | 6.3 | 6.3 | 4.0 | 2.3 |");
    }

    @Test
    void nothingToShowWithoutSamplesOrSteps() {
        assertThat(PhaseCpu.markdown(List.of(), List.of(new Step("importScans", 0, 1000)))).isEmpty();
        assertThat(PhaseCpu.markdown(samples(), List.of())).isEmpty();
    }
}
