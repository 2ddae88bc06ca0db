package com.leadaudit.io;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class NumberTextTest {

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource({
            "4155550100,          4155550100",
            "14155550100,         14155550100",
            "42.0,                42",
            "-0.0,                0",
            "12.5,                12.5",
            "0.30000000000000004, 0.3",
            "1.5E-7,              0.00000015",
            "1.0E15,              1000000000000000",
            "123456.789,          123456.789"})
    void numbersReadAsAPersonWouldTypeThem(double value, String text) {
        assertThat(NumberText.of(value)).isEqualTo(text);
    }
}
