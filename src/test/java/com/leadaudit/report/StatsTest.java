package com.leadaudit.report;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.Arrays;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.within;

class StatsTest {

    // Expected values by hand: rank = p*(n-1) into the sorted list, interpolate between its neighbours.
    @ParameterizedTest(name = "PERCENTILE.INC({0}, {1}) = {2}: {3}")
    @CsvSource(delimiter = '|', textBlock = """
            1;2;3;4          | 0.9  | 3.7  | rank 2.7: 3 + 0.7*(4-3)
            1;2;3;4          | 0.5  | 2.5  | median of an even count is the midpoint
            4;1;3;2          | 0.9  | 3.7  | unsorted input is sorted first
            1;2;3;4;5        | 0.5  | 3    | median of an odd count is the middle value
            1;2;3;4          | 0    | 1    | p=0 is the minimum
            1;2;3;4          | 1    | 4    | p=1 is the maximum
            7                | 0.9  | 7    | a single value is every percentile
            1.5;2.5;10;40    | 0.9  | 31   | rank 2.7: 10 + 0.7*(40-10)
            0.5;0.5;0.5;12.3 | 0.9  | 8.76 | rank 2.7: 0.5 + 0.7*(12.3-0.5)
            2;4;6;8;10;12    | 0.25 | 4.5  | rank 1.25: 4 + 0.25*(6-4)
            3;1;2            | 0.9  | 2.8  | rank 1.8: 2 + 0.8*(3-2)
            """)
    void percentileIncMatchesExcel(String values, double p, double expected, String why) {
        double[] v = Arrays.stream(values.split(";")).mapToDouble(Double::parseDouble).toArray();
        assertThat(Stats.percentileInc(v, p).orElseThrow()).as(why).isCloseTo(expected, within(1e-9));
    }

    @Test
    void doesNotSortTheCallersArray() {
        double[] v = {4, 1, 3, 2};
        Stats.median(v);
        assertThat(v).containsExactly(4, 1, 3, 2);
    }

    @Test
    void emptyInputHasNoPercentile() {
        assertThat(Stats.percentileInc(new double[0], 0.9)).isEmpty();
        assertThat(Stats.median(new double[0])).isEmpty();
        assertThat(Stats.median(null)).isEmpty();
    }

    @Test
    void medianIsTheFiftiethPercentile() {
        assertThat(Stats.median(new double[] {10, 1, 2}).orElseThrow()).isEqualTo(2.0);
    }

    @Test
    void rejectsPercentilesOutsideZeroToOne() {
        assertThatIllegalArgumentException().isThrownBy(() -> Stats.percentileInc(new double[] {1}, 1.1));
        assertThatIllegalArgumentException().isThrownBy(() -> Stats.percentileInc(new double[] {1}, -0.1));
        assertThatIllegalArgumentException().isThrownBy(() -> Stats.percentileInc(new double[] {1}, Double.NaN));
        assertThatIllegalArgumentException().isThrownBy(() -> Stats.percentileInc(new double[] {1, Double.NaN}, 0.5));
    }

    @ParameterizedTest(name = "round({0}) = {1}: {2}")
    @CsvSource(delimiter = '|', textBlock = """
            2.25                | 2.3  | half goes up, though 2.25 as a double is a hair below
            2.35                | 2.4  | half goes up, though 2.35 as a double is a hair below
            2.24                | 2.2  | below half goes down
            2.2499999999999996  | 2.3  | interpolation noise under the half is seen as the half
            3.7000000000000002  | 3.7  | interpolation noise above is dropped
            0.05                | 0.1  | small halves go up
            -2.25               | -2.3 | negative halves go away from zero
            49                  | 49.0 | whole numbers stay
            0                   | 0.0  | zero stays
            """)
    void roundsHalfUpToOneDecimal(double value, double expected, String why) {
        assertThat(Stats.roundHalfUp1(value)).as(why).isEqualTo(expected);
    }

    @Test
    void ninetiethPercentileOfOneToFourRoundsTo3point7() {
        assertThat(Stats.roundHalfUp1(Stats.percentileInc(new double[] {1, 2, 3, 4}, 0.9).orElseThrow())).isEqualTo(3.7);
    }

    @ParameterizedTest(name = "{0}/{1}")
    @CsvSource(delimiter = '|', textBlock = """
            3 | 4 | 0.75
            0 | 4 | 0.0
            4 | 4 | 1.0
            """)
    void ratioDivides(long num, long den, double expected) {
        assertThat(Stats.ratio(num, den)).hasValue(expected);
    }

    @Test
    void ratioOverZeroIsEmpty() {
        assertThat(Stats.ratio(0, 0)).isEmpty();
    }
}
