package com.leadaudit.run.db;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class HugePagesAdviceTest {

    @ParameterizedTest(name = "THP \"{0}\", GLIBC_TUNABLES \"{1}\" -> advice {2}")
    @CsvSource(delimiter = '|', nullValues = "NULL", value = {
            // the kernel gives huge pages on request, and nobody asks: advise
            "always [madvise] never | NULL                                              | true",
            "always [madvise] never | ''                                                | true",
            "always [madvise] never | glibc.malloc.hugetlb=0                            | true",
            "always [madvise] never | glibc.malloc.arena_max=2                          | true",
            "always [madvise] never | glibc.malloc.hugetlb=                             | true",
            // asked for, alone or among other tunables; 2 (reserved huge pages) will do too
            "always [madvise] never | glibc.malloc.hugetlb=1                            | false",
            "always [madvise] never | glibc.malloc.arena_max=2:glibc.malloc.hugetlb=1   | false",
            "always [madvise] never | glibc.malloc.hugetlb=2                            | false",
            // the kernel decides on its own: nothing a tunable would change
            "[always] madvise never | NULL                                              | false",
            "always madvise [never] | NULL                                              | false",
            // not Linux
            "NULL                   | NULL                                              | false",
    })
    void advisesOnlyWhenHugePagesAreOnRequestAndNotRequested(String thp, String tunables, boolean advised) {
        var advice = HugePagesAdvice.advice(thp, tunables);

        assertThat(advice.isPresent()).isEqualTo(advised);
        advice.ifPresent(text -> assertThat(text).contains("GLIBC_TUNABLES=glibc.malloc.hugetlb=1"));
    }
}
