package dev.compliancecard.testkit;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Tuple;

/**
 * Text generators shared by the arbitraries: visible text in many scripts, blanks, and texts
 * that break exactly one text rule. Lengths are counted in code points, as the rules count them.
 */
final class Texts {

    /** Visible characters of many scripts, none of them white space. */
    private static final List<Integer> VISIBLE = visibleCodePoints();

    /** Control characters that Java does not count as white space, so they never make text blank. */
    private static final List<Integer> CONTROLS = controlCodePoints();

    /** Line breaks: control characters where a text is single-line, allowed where it is not. */
    private static final List<Integer> LINE_BREAKS = List.of(0x09, 0x0A, 0x0D, 0x2028, 0x2029);

    private Texts() {
    }

    private static List<Integer> visibleCodePoints() {
        List<Integer> points = new ArrayList<>();
        IntStream.rangeClosed('a', 'z').forEach(points::add);
        IntStream.rangeClosed('A', 'Z').forEach(points::add);
        IntStream.rangeClosed('0', '9').forEach(points::add);
        String others = "-.'&/_+#()éèêëüöäßñçøåłžšÉÖαβγΩждпяЖابتثجאבגדה展会客户株式会社データनमसテ";
        others.codePoints().forEach(points::add);
        for (int emoji : new int[] {0x1F600, 0x1F680, 0x1F4E7, 0x1F44D, 0x1F30D, 0x2764}) {
            points.add(emoji);
        }
        return List.copyOf(points);
    }

    private static List<Integer> controlCodePoints() {
        List<Integer> points = new ArrayList<>();
        IntStream.rangeClosed(0x00, 0x08).forEach(points::add);
        IntStream.rangeClosed(0x0E, 0x1B).forEach(points::add);
        IntStream.rangeClosed(0x7F, 0x84).forEach(points::add);
        IntStream.rangeClosed(0x86, 0x9F).forEach(points::add);
        return List.copyOf(points);
    }

    /**
     * Visible text of min to max code points, with inner spaces but none at either end.
     */
    static Arbitrary<String> visible(int min, int max) {
        Arbitrary<Integer> edge = Arbitraries.of(VISIBLE);
        Arbitrary<Integer> inner = Arbitraries.frequencyOf(
                Tuple.of(9, Arbitraries.of(VISIBLE)),
                Tuple.of(1, Arbitraries.of(0x20, 0xA0)));
        return Arbitraries.integers().between(min, max).flatMap(length -> {
            if (length == 1) {
                return edge.map(Character::toString);
            }
            return Combinators.combine(edge, inner.list().ofSize(length - 2), edge)
                    .as((first, middle, last) -> {
                        StringBuilder text = new StringBuilder().appendCodePoint(first);
                        middle.forEach(text::appendCodePoint);
                        return text.appendCodePoint(last).toString();
                    });
        });
    }

    /** Visible text without any space, of min to max code points. */
    static Arbitrary<String> word(int min, int max) {
        return Arbitraries.of(VISIBLE).list().ofMinSize(min).ofMaxSize(max).map(Texts::join);
    }

    /** ASCII letters and digits, of exactly the given length. */
    static Arbitrary<String> alphanumeric(int length) {
        return Arbitraries.strings().withCharRange('a', 'z').withCharRange('A', 'Z').withCharRange('0', '9')
                .ofLength(length);
    }

    /** Text that holds no visible character, the empty text included. */
    static Arbitrary<String> blank() {
        return Arbitraries.of("", " ", "   ", "\u00A0", "\u3000", " \u2007 ");
    }

    /** Visible text longer than max: max + 1 to max + 20 code points. */
    static Arbitrary<String> tooLong(int max) {
        return visible(max + 1, max + 20);
    }

    /** Visible text of 2 to max code points with one control character inside. */
    static Arbitrary<String> withControl(int max, boolean lineBreaksAllowed) {
        Arbitrary<Integer> control = lineBreaksAllowed
                ? Arbitraries.of(CONTROLS)
                : Arbitraries.oneOf(Arbitraries.of(CONTROLS), Arbitraries.of(LINE_BREAKS));
        return insideOf(visible(2, Math.min(max - 1, 40)), control);
    }

    /** Visible text of 2 to max code points with one line break inside. */
    static Arbitrary<String> withLineBreak(int max) {
        return insideOf(visible(2, Math.min(max - 1, 40)), Arbitraries.of(LINE_BREAKS));
    }

    /** Visible text of 2 to max code points with one unpaired surrogate inside. */
    static Arbitrary<String> malformed(int max) {
        Arbitrary<Integer> surrogate = Arbitraries.oneOf(
                Arbitraries.integers().between(0xD800, 0xDBFF),
                Arbitraries.integers().between(0xDC00, 0xDFFF));
        return insideOf(visible(2, Math.min(max - 1, 40)), surrogate);
    }

    /** Inserts one character strictly inside a text of at least two code points. */
    static Arbitrary<String> insideOf(Arbitrary<String> texts, Arbitrary<Integer> character) {
        return Combinators.combine(texts, character, Arbitraries.integers().between(1, 1_000))
                .as((text, inserted, where) -> insert(text, inserted, where));
    }

    /** Inserts one character into a too long text, which then breaks both rules. */
    static Arbitrary<String> tooLongWithControl(int max) {
        return insideOf(tooLong(max), Arbitraries.of(CONTROLS));
    }

    private static String insert(String text, int inserted, int where) {
        int codePoints = text.codePointCount(0, text.length());
        int offset = text.offsetByCodePoints(0, 1 + where % (codePoints - 1));
        StringBuilder result = new StringBuilder(text.substring(0, offset));
        if (Character.isSurrogate((char) inserted)) {
            result.append((char) inserted);
        } else {
            result.appendCodePoint(inserted);
        }
        return result.append(text.substring(offset)).toString();
    }

    private static String join(List<Integer> codePoints) {
        StringBuilder text = new StringBuilder();
        codePoints.forEach(text::appendCodePoint);
        return text.toString();
    }
}
