package com.leadaudit.scan;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

class RatingsTest {

    @ParameterizedTest(name = "\"{0}\" -> {1}")
    @CsvSource(delimiter = '|', nullValues = "NONE", textBlock = """
            hot            | HOT
            HOT            | HOT
            Warm           | WARM
            cold           | COLD
            Hot lead       | HOT
            Very hot       | HOT
            Heiß           | HOT
            kalt           | COLD
            chaud          | HOT
            tiède          | WARM
            froid          | COLD
            caliente       | HOT
            frío           | COLD
            A              | HOT
            a              | HOT
            A+             | HOT
            B              | WARM
            C              | COLD
            D              | COLD
            5              | HOT
            4              | HOT
            4.0            | HOT
            '4,0'          | HOT
            3              | WARM
            2              | WARM
            1              | COLD
            0              | UNRATED
            4.5            | HOT
            1.5            | COLD
            6              | UNRATED
            87             | UNRATED
            4 stars        | HOT
            3 Stars        | WARM
            4/5            | HOT
            ★★★★           | HOT
            ★★★☆☆          | WARM
            ★              | COLD
            yes            | HOT
            Yes            | HOT
            TRUE           | HOT
            Qualified      | HOT
            no             | COLD
            false          | COLD
            Not qualified  | COLD
            Disqualified   | COLD
            ''             | UNRATED
            NONE           | UNRATED
            unscored       | UNRATED
            Unrated        | UNRATED
            No rating      | UNRATED
            '-'            | UNRATED
            n/a            | UNRATED
            maybe          | UNRATED
            A - Hot        | HOT
            Hot (A)        | HOT
            C / cold       | COLD
            Hot / Cold     | UNRATED
            not hot        | UNRATED
            E              | UNRATED
            """)
    void classifiesEveryRatingForm(String raw, Rating expected) {
        assertThat(Ratings.classify(raw)).isEqualTo(expected);
    }

    @ParameterizedTest(name = "best of {0} and {1} is {2}")
    @CsvSource(delimiter = '|', nullValues = "NONE", textBlock = """
            HOT     | COLD    | HOT
            COLD    | WARM    | WARM
            UNRATED | COLD    | COLD
            UNRATED | UNRATED | UNRATED
            NONE    | WARM    | WARM
            NONE    | NONE    | UNRATED
            """)
    void bestKeepsTheHotterRating(Rating a, Rating b, Rating expected) {
        assertThat(Ratings.best(a, b)).isEqualTo(expected);
        assertThat(Rating.best(b, a)).isEqualTo(expected);
    }
}
