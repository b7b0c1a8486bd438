package dev.compliancecard.csv;

import static dev.compliancecard.csv.TestPersons.bare;
import static dev.compliancecard.csv.TestPersons.newCards;
import static dev.compliancecard.csv.TestPersons.parse;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringWriter;
import java.util.stream.Stream;

import org.apache.commons.csv.CSVRecord;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

import dev.compliancecard.Actor;
import dev.compliancecard.person.Person;

/**
 * The formula rule, stated independently of the implementation: a cell is dangerous when it
 * starts with a tab or a carriage return, or when, after leading white space (including
 * invisible format characters), it starts with = + - @ or a full-width form of them.
 */
class FormulaGuardProperties {

    private static final String TRIGGERS = "=+-@＝＋－＠";
    private static final String SPACES = " \t\n\r\u00A0\u2007\u3000\u200B\uFEFF\u2028";

    @Property(tries = 500)
    void writtenCellNeverStartsAFormulaAndReadsBackAsTheNeutralisedText(
            @ForAll("cellTexts") String text) {
        // Given
        String singleLine = text.replaceAll("[\\t\\n\\r\\u2028\\u2029]", "");
        // A person holds no blank text: blank means absent, which is written as an empty cell.
        String other = absentIfBlank(text);
        String firstName = absentIfBlank(singleLine);
        Person person = Person.builder().from(bare("p-1")).other(other).firstName(firstName).build();
        StringWriter out = new StringWriter();

        // When
        PersonCsvExport.to(out).exportedBy(Actor.of("user-1")).using(newCards())
                .writePersons(Stream.of(person));

        // Then
        CSVRecord row = parse(out.toString()).get(0);
        assertThat(dangerous(row.get("Other"))).isFalse();
        assertThat(dangerous(row.get("First Name"))).isFalse();
        assertThat(row.get("Other")).isEqualTo(other == null ? "" : expectedCell(other));
        assertThat(row.get("First Name")).isEqualTo(firstName == null ? "" : expectedCell(firstName));
    }

    private static String absentIfBlank(String text) {
        boolean blank = text.codePoints().allMatch(c -> Character.isWhitespace(c) || Character.isSpaceChar(c));
        return blank ? null : text;
    }

    @Property(tries = 1000)
    void neutralisingAnyTextLeavesNoFormulaAndChangesOnlyDangerousText(@ForAll String text) {
        // When
        String cell = FormulaGuard.neutralize(text);

        // Then
        assertThat(dangerous(cell)).isFalse();
        assertThat(cell).isEqualTo(expectedCell(text));
        assertThat(FormulaGuard.isFormulaLike(text)).isEqualTo(dangerous(text));
    }

    @Example
    void knownAttackShapesAreNeutralised() {
        assertThat(Stream.of("=1+1", "+1", "-1", "@SUM(A1)", "\t=1", "\r=1", "  =1", "\n=1", "\u3000＝1",
                "=HYPERLINK(\"http://evil.example\")", "\tplain"))
                .allSatisfy(text -> assertThat(FormulaGuard.neutralize(text)).isEqualTo("'" + text));
        assertThat(Stream.of("", "plain", "1+1", "a=b", "'=1", "mail@example.com", "  plain"))
                .allSatisfy(text -> assertThat(FormulaGuard.neutralize(text)).isEqualTo(text));
        assertThat(FormulaGuard.neutralize(null)).isNull();
    }

    @Provide
    Arbitrary<String> cellTexts() {
        Arbitrary<String> risky = Combinators.combine(
                Arbitraries.strings().withChars(SPACES).ofMaxLength(3),
                Arbitraries.strings().withChars(TRIGGERS).ofMinLength(1).ofMaxLength(2),
                Arbitraries.strings().withChars("abc,\"'\n=+ 明").ofMaxLength(8),
                // an emoji is two chars; it must be generated whole, never split into halves
                Arbitraries.of("", "🚀", "a🚀"))
                .as((spaces, trigger, rest, emoji) -> spaces + trigger + rest + emoji);
        Arbitrary<String> any = Arbitraries.strings().all().ofMaxLength(30)
                .map(FormulaGuardProperties::withoutDisallowedControls);
        return Arbitraries.oneOf(risky, any);
    }

    private static String withoutDisallowedControls(String text) {
        StringBuilder kept = new StringBuilder();
        // Persons refuse control characters (but line breaks in "other") and unpaired surrogates.
        text.chars().filter(c -> !Character.isISOControl(c) || c == '\t' || c == '\n' || c == '\r')
                .filter(c -> !Character.isSurrogate((char) c))
                .forEach(c -> kept.append((char) c));
        return kept.toString();
    }

    private static String expectedCell(String text) {
        return dangerous(text) ? "'" + text : text;
    }

    private static boolean dangerous(String cell) {
        if (cell.startsWith("\t") || cell.startsWith("\r")) {
            return true;
        }
        int i = 0;
        while (i < cell.length() && blank(cell.codePointAt(i))) {
            i += Character.charCount(cell.codePointAt(i));
        }
        return i < cell.length() && TRIGGERS.indexOf(cell.charAt(i)) >= 0;
    }

    private static boolean blank(int codePoint) {
        return Character.isWhitespace(codePoint) || Character.isSpaceChar(codePoint)
                || Character.getType(codePoint) == Character.FORMAT;
    }
}
