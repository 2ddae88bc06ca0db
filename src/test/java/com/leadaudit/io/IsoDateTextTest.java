package com.leadaudit.io;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Optional;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class IsoDateTextTest {

    @Test
    void readsTheShapesCrmExportsWrite() {
        assertThat(IsoDateText.parse("2026-02-10T03:03:03.000+0000"))
                .contains(new ParsedTime.Instant(Instant.parse("2026-02-10T03:03:03Z")));
        assertThat(IsoDateText.parse("2026-02-10 17:30:05.5-05:30"))
                .contains(new ParsedTime.Instant(Instant.parse("2026-02-10T23:00:05.500Z")));
        assertThat(IsoDateText.parse("2026-02-10 17:30"))
                .contains(new ParsedTime.Local(LocalDateTime.parse("2026-02-10T17:30")));
        assertThat(IsoDateText.parse("2026-02-10")).contains(new ParsedTime.DateOnly(LocalDate.parse("2026-02-10")));
        assertThat(IsoDateText.parse("2026-02-30")).as("no such day").isEqualTo(Optional.empty());
        assertThat(IsoDateText.parse("2026-02-10T25:00:00Z")).as("no such hour").isEqualTo(Optional.empty());
        assertThat(IsoDateText.parse("2026-02-10T10:00:00+1900")).as("no such offset").isEqualTo(Optional.empty());
    }

    /** Shapes it leaves to the patterns: it says null, and DateText still reads them. */
    @ParameterizedTest
    @ValueSource(strings = {"2026-2-10", "2026/02/10", "2026-02-10t10:00", "2026-02-10T9:05", "2026-02-10 10:00 PM",
            "2026-02-10T10:00:00 +0100", "2026-02-10T10:00:00+01", "2026-02-10T10:00:00UTC", "10/02/2026",
            "2026-02-10T10:00:00.1234567891Z"})
    void leavesOtherShapesToThePatterns(String text) {
        assertThat(IsoDateText.parse(text)).isNull();
    }

    /**
     * Wherever it answers, it answers as the patterns do: variants of the shapes it reads, with characters changed,
     * dropped or added at random (fixed seed), compared one by one.
     */
    @Test
    void answersAsThePatternsDo() {
        String[] seeds = {"2026-02-10T03:03:03.000+0000", "2026-02-10 17:30", "2026-02-10", "2024-02-29T23:59:59Z",
                "1999-12-31 00:00:00,123456789-05:30", "2026-13-01T10:00", "2026-02-10T10:60", "2026-02-10T10:00:61"};
        String alphabet = "0123456789-:.,+TZz t/";
        Random random = new Random(17);
        int answered = 0;
        for (int i = 0; i < 60_000; i++) {
            StringBuilder text = new StringBuilder(seeds[random.nextInt(seeds.length)]);
            for (int edits = random.nextInt(3); edits > 0; edits--) {
                int at = random.nextInt(text.length() + 1);
                char c = alphabet.charAt(random.nextInt(alphabet.length()));
                switch (random.nextInt(3)) {
                    case 0 -> text.insert(at, c);
                    case 1 -> { if (at < text.length()) { text.deleteCharAt(at); } }
                    default -> { if (at < text.length()) { text.setCharAt(at, c); } }
                }
            }
            String s = text.toString();
            Optional<ParsedTime> fast = IsoDateText.parse(s);
            if (fast != null) {
                answered++;
                assertThat(fast).as(s).isEqualTo(DateText.parseWithPatterns(s, DateOrder.MONTH_FIRST));
                assertThat(DateText.parse(s, DateOrder.DAY_FIRST)).as(s).isEqualTo(fast);
            }
        }
        assertThat(answered).as("variants it read itself").isGreaterThan(10_000);
    }
}
