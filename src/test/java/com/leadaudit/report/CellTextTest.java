package com.leadaudit.report;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class CellTextTest {

    @Test
    void ordinaryTextIsReturnedAsIs() {
        String s = "Anna Schmidt, Acme GmbH — Köln";
        assertThat(CellText.clean(s)).isSameAs(s);
        assertThat(CellText.clean(null)).isNull();
    }

    @Test
    void charactersXmlCannotCarryAreRemovedButTabsNewlinesAndEmojiStay() {
        assertThat(CellText.clean("a\u0000b\u0001c\u001Fd\tE\nF\rG")).isEqualTo("abcd\tE\nF\rG");
        assertThat(CellText.clean("x\uFFFEy\uFFFFz")).isEqualTo("xyz");
        assertThat(CellText.clean("lone \uD800 surrogate")).isEqualTo("lone  surrogate");
        assertThat(CellText.clean("emoji 😀")).isEqualTo("emoji 😀");
    }

    @Test
    void ooxmlEscapeLookalikesAreEscapedSoTheyReadBackLiterally() {
        assertThat(CellText.clean("_x0041_")).isEqualTo("_x005F_x0041_");
        assertThat(CellText.clean("my_x_file_x12_")).isEqualTo("my_x_file_x12_");
    }

    @Test
    void textOverTheCellLimitIsCutWithAnEllipsisWithoutSplittingACharacter() {
        assertThat(CellText.clean("a".repeat(CellText.MAX_LENGTH))).hasSize(CellText.MAX_LENGTH);
        String cut = CellText.clean("a".repeat(CellText.MAX_LENGTH + 1));
        assertThat(cut).hasSize(CellText.MAX_LENGTH).endsWith("a…");

        String emojis = "a" + "😀".repeat(CellText.MAX_LENGTH);
        String cutEmojis = CellText.clean(emojis);
        assertThat(cutEmojis.length()).isLessThanOrEqualTo(CellText.MAX_LENGTH);
        assertThat(Character.isHighSurrogate(cutEmojis.charAt(cutEmojis.length() - 2))).isFalse();
        assertThat(cutEmojis).endsWith("😀…");
    }
}
