package org.msbiome.core.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import org.junit.jupiter.api.Test;

/**
 * {@link Checks#quote} puts input text into messages: every character that could control a terminal or a log
 * (issue #18 D07) is written as an escape, as msbiome-io's {@code SafeText} writes it, so that a message can be
 * printed or logged as it is; letters of every script and whole surrogate pairs are kept.
 */
class ChecksQuoteTest {
    @Test
    void escapesControlsSeparatorsBidiAndLoneSurrogatesAndKeepsLetters() {
        assertThat(Checks.quote("GG\u009b2J")).isEqualTo("'GG\\u009b2J'");
        assertThat(Checks.quote("a\u001b]0;t\u0007")).isEqualTo("'a\\u001b]0;t\\u0007'");
        assertThat(Checks.quote("x\u202Ecod.exe")).isEqualTo("'x\\u202ecod.exe'");
        assertThat(Checks.quote("a\u2028b\u2066c\u061c")).isEqualTo("'a\\u2028b\\u2066c\\u061c'");
        assertThat(Checks.quote("\ud800x\udc00")).isEqualTo("'\\ud800x\\udc00'");
        assertThat(Checks.quote("Lacticaseibacillus é ü 乳酸菌 \ud83e\udda0")).isEqualTo(
                "'Lacticaseibacillus é ü 乳酸菌 \ud83e\udda0'");
    }

    @Test
    void aLongTextIsCutBeforeAPairIsSplit() {
        String text = "a".repeat(59) + "\ud83e\udda0" + "b".repeat(10); // the pair at characters 60 and 61
        String quoted = Checks.quote(text);

        assertThat(quoted).isEqualTo("'" + "a".repeat(59) + "…(71 chars)'");
    }

    @Test
    void aFreeTextMessageHoldsNoRawControlCharacter() {
        assertThatIllegalArgumentException().isThrownBy(() -> Checks.requireFreeText("GG\u009b2J", "designation"))
                .withMessage("designation 'GG\\u009b2J' contains the control character U+009B at character 3; free text"
                        + " is one line without control characters")
                .satisfies(e -> assertThat(e.getMessage()).doesNotContain("\u009b"));
    }
}
