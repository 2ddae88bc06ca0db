package com.leadaudit.followup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class IdRangesTest {

    @Test
    void aFirstNightsLeadsAreCutInTwoEqualHalves() {
        assertThat(IdRanges.split(1, 813_608, 2))
                .containsExactly(new long[] {1, 406_804}, new long[] {406_805, 813_608});
    }

    @Test
    void fewerIdsThanPartsGiveOneRangeAnId() {
        assertThat(IdRanges.split(7, 7, 2)).containsExactly(new long[] {7, 7});
        assertThat(IdRanges.split(0, 0, 2)).containsExactly(new long[] {0, 0});
        assertThat(IdRanges.split(5, 6, 3)).containsExactly(new long[] {5, 5}, new long[] {6, 6});
    }

    @Test
    void theLastRangeEndsAtTheLargestIdWithoutOverflowing() {
        assertThat(IdRanges.split(Long.MAX_VALUE - 4, Long.MAX_VALUE, 2))
                .containsExactly(new long[] {Long.MAX_VALUE - 4, Long.MAX_VALUE - 2},
                        new long[] {Long.MAX_VALUE - 1, Long.MAX_VALUE});
    }

    @ParameterizedTest(name = "{0}..{1} in {2}")
    @CsvSource({"1,10,3", "1,9,3", "1,2,2", "100,100000,2", "3,1003,7", "-5,5,4", "1,1000000,1"})
    void everyIdIsInExactlyOneRangeAndThereAreNoMoreRangesThanParts(long min, long max, int parts) {
        List<long[]> ranges = IdRanges.split(min, max, parts);
        assertThat(ranges).hasSizeBetween(1, parts);
        long next = min;
        for (long[] range : ranges) {
            assertThat(range[0]).isEqualTo(next);
            assertThat(range[1]).isGreaterThanOrEqualTo(range[0]);
            next = range[1] + 1;
        }
        assertThat(next - 1).isEqualTo(max);
        long first = ranges.get(0)[1] - ranges.get(0)[0] + 1;
        assertThat(ranges.subList(0, ranges.size() - 1)).as("equal widths but the last, which is no wider")
                .allSatisfy(r -> assertThat(r[1] - r[0] + 1).isEqualTo(first));
        long[] last = ranges.get(ranges.size() - 1);
        assertThat(last[1] - last[0] + 1).isLessThanOrEqualTo(first);
    }

    @Test
    void anEmptyOrInvertedSpanIsAMistake() {
        assertThatThrownBy(() -> IdRanges.split(5, 4, 2)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> IdRanges.split(1, 4, 0)).isInstanceOf(IllegalArgumentException.class);
    }
}
