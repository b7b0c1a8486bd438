package dev.compliancecard.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class TextRulesTest {

    private static final String EMOJI = "\uD83D\uDE00";

    @Test
    void lengthIsCountedInCodePoints() {
        assertThat(TextRules.tooLong("abc", 3)).isFalse();
        assertThat(TextRules.tooLong("abcd", 3)).isTrue();
        assertThat(TextRules.tooLong(EMOJI.repeat(3), 3)).isFalse();
        assertThat(TextRules.tooLong(EMOJI.repeat(4), 3)).isTrue();
        assertThat(TextRules.tooLong("", 0)).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {"", " ", "   ", "\t\n", "\u00A0", "\u2007", "\u202F", "\u3000", " \u00A0 ",
        "\u200B", "\uFEFF"})
    void textWithoutVisibleCharactersIsBlank(String text) {
        assertThat(TextRules.isBlank(text)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"a", " a ", "\u00A0x", "展", EMOJI, "\u200Bx"})
    void textWithAVisibleCharacterIsNotBlank(String text) {
        assertThat(TextRules.isBlank(text)).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {" a", "a ", "\u00A0a", "a\u00A0", "\ta", "a\n", "\u3000a"})
    void spaceAtEitherEndIsUntrimmed(String text) {
        assertThat(TextRules.isUntrimmed(text)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "a", "a b", "p-17", EMOJI, EMOJI + " " + EMOJI})
    void textWithoutOuterSpaceIsTrimmed(String text) {
        assertThat(TextRules.isUntrimmed(text)).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {"\u0000", "a\u0007", "\u001b[31m", "\u007f", "\u0085", "\u009f"})
    void controlCharactersAreFoundEvenWhereLinesAreAllowed(String text) {
        assertThat(TextRules.hasControlCharacters(text, false)).isTrue();
        assertThat(TextRules.hasControlCharacters(text, true)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"a\tb", "a\nb", "a\rb", "a\u2028b", "a\u2029b"})
    void lineBreaksAreAllowedOnlyWhereLinesAreAllowed(String text) {
        assertThat(TextRules.hasControlCharacters(text, false)).isTrue();
        assertThat(TextRules.hasControlCharacters(text, true)).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "Newsletter", "Köln 展会 " + EMOJI, "\u00A0", "\u200F\u05E9\u05DC\u05D5\u05DD"})
    void visibleTextHasNoControlCharacters(String text) {
        assertThat(TextRules.hasControlCharacters(text, false)).isFalse();
        assertThat(TextRules.hasControlCharacters(text, true)).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {"\uD800", "a\uD83D", "\uD83Da", "\uDE00", "a\uDE00b", EMOJI + "\uDE00", "\uD83D\uD83D"})
    void unpairedSurrogatesAreMalformed(String text) {
        assertThat(TextRules.isMalformed(text)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "abc", EMOJI, EMOJI + EMOJI, "a" + EMOJI + "b"})
    void pairedSurrogatesAreWellFormed(String text) {
        assertThat(TextRules.isMalformed(text)).isFalse();
    }

    @Test
    void noBreakSpacesCountAsSpace() {
        assertThat(TextRules.isSpace(' ')).isTrue();
        assertThat(TextRules.isSpace('\u00A0')).isTrue();
        assertThat(TextRules.isSpace('\n')).isTrue();
        assertThat(TextRules.isSpace('x')).isFalse();
        assertThat(TextRules.isSpace(0x1F600)).isFalse();
    }
}
