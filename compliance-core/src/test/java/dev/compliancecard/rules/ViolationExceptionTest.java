package dev.compliancecard.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;

import dev.compliancecard.ComplianceException;

class ViolationExceptionTest {

    private static final Violation TYPE = Violation.of("authorization.type", Rule.REQUIRED, null, 0);
    private static final Violation PURPOSE_ONLY = Violation.of("authorization.purpose", Rule.CONSENT_ONLY, "x", 0);
    private static final Violation PURPOSE_LONG =
            Violation.of("authorization.purpose", Rule.TEXT_TOO_LONG, "x", 500);

    @Test
    void isTheLibrarysUncheckedRoot() {
        assertThat(new ViolationException("Source", List.of(TYPE)))
                .isInstanceOf(ComplianceException.class)
                .isInstanceOf(RuntimeException.class);
    }

    @Test
    void messageNamesSubjectAndEveryViolation() {
        ViolationException e = new ViolationException("Authorization", List.of(TYPE, PURPOSE_ONLY));

        assertThat(e).hasMessage("Authorization rejected, 2 violations of the rules:"
                + "\n  - " + PURPOSE_ONLY.message()
                + "\n  - " + TYPE.message());
    }

    @Test
    void singleViolationIsCountedInTheSingular() {
        assertThat(new ViolationException("Source", List.of(TYPE)))
                .hasMessage("Source rejected, 1 violation of the rules:\n  - " + TYPE.message());
    }

    @Test
    void violationsAreSortedByFieldThenCode() {
        ViolationException e = new ViolationException("Authorization", List.of(TYPE, PURPOSE_LONG, PURPOSE_ONLY));

        assertThat(e.violations()).containsExactly(PURPOSE_ONLY, PURPOSE_LONG, TYPE);
    }

    @Test
    void positionsAreSortedAsNumbers() {
        List<Violation> given = Arrays.asList(at(10), at(2), at(1), at(100), at(9));

        ViolationException e = new ViolationException("Bulk request", given);

        assertThat(e.violations()).extracting(Violation::field)
                .containsExactly("personIds[1]", "personIds[2]", "personIds[9]", "personIds[10]",
                        "personIds[100]");
    }

    @Test
    void fieldsCompareAsTextAroundNumbers() {
        assertThat(ViolationException.compareFields("a.b", "a.c")).isNegative();
        assertThat(ViolationException.compareFields("a.c", "a.b")).isPositive();
        assertThat(ViolationException.compareFields("a", "a.b")).isNegative();
        assertThat(ViolationException.compareFields("a.b", "a")).isPositive();
        assertThat(ViolationException.compareFields("a[2].x", "a[2].x")).isZero();
        assertThat(ViolationException.compareFields("a[2].y", "a[2].x")).isPositive();
        assertThat(ViolationException.compareFields("a[19]", "a[2]")).isPositive();
        assertThat(ViolationException.compareFields("a[2]", "a[19]")).isNegative();
        assertThat(ViolationException.compareFields("a[123456789012345678901]", "a[123456789012345678902]"))
                .isNegative();
        assertThat(ViolationException.compareFields("a[9999999999999999999]", "a[9999999999999999998]"))
                .isPositive();
        assertThat(ViolationException.compareFields("a1", "a2")).isNegative();
        assertThat(ViolationException.compareFields("a10", "a9")).isPositive();
        assertThat(ViolationException.compareFields("a01", "a1")).isZero();
    }

    @Test
    void equalFieldAndCodeKeepTheGivenOrder() {
        Violation first = Violation.of("personIds", Rule.BULK_DUPLICATE, "p-2", 0);
        Violation second = Violation.of("personIds", Rule.BULK_DUPLICATE, "p-1", 0);

        assertThat(new ViolationException("Bulk request", List.of(first, second)).violations())
                .containsExactly(first, second);
    }

    @Test
    void messageListsTwentyViolations() {
        List<Violation> twenty = positions(20);

        ViolationException e = new ViolationException("Bulk request", twenty);

        assertThat(e.getMessage().lines().skip(1)).hasSize(20).last().asString().endsWith("[bulk.null]");
    }

    @Test
    void messageCountsTheViolationsBeyondTwenty() {
        List<Violation> many = positions(1000);

        ViolationException e = new ViolationException("Bulk request", many);

        assertThat(e.getMessage()).startsWith("Bulk request rejected, 1000 violations of the rules:");
        assertThat(e.getMessage().lines().skip(1)).hasSize(21).last().isEqualTo("  - and 980 more");
        assertThat(e.violations()).hasSize(1000);
    }

    @Test
    void violationsCannotBeChanged() {
        List<Violation> given = new ArrayList<>(List.of(TYPE));
        ViolationException e = new ViolationException("Source", given);

        given.add(PURPOSE_ONLY);

        assertThat(e.violations()).containsExactly(TYPE);
        assertThatThrownBy(() -> e.violations().add(PURPOSE_ONLY)).isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void tellsWhichRulesAreBroken() {
        ViolationException e = new ViolationException("Authorization", List.of(TYPE, PURPOSE_ONLY));

        assertThat(e.breaks(Rule.REQUIRED)).isTrue();
        assertThat(e.breaks(Rule.CONSENT_ONLY)).isTrue();
        assertThat(e.breaks(Rule.TEXT_TOO_LONG)).isFalse();
    }

    @Test
    void emptyListIsRefused() {
        assertThatThrownBy(() -> new ViolationException("Source", List.of()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("A ViolationException needs at least one violation");
    }

    @Test
    void nullsAreRefused() {
        assertThatThrownBy(() -> new ViolationException(null, List.of(TYPE)))
                .isInstanceOf(NullPointerException.class).hasMessage("subject");
        assertThatThrownBy(() -> new ViolationException("Source", null))
                .isInstanceOf(NullPointerException.class).hasMessage("violations");
        assertThatThrownBy(() -> new ViolationException("Source", Arrays.asList(TYPE, null)))
                .isInstanceOf(NullPointerException.class).hasMessage("violation");
    }

    @Test
    void survivesSerialization() throws IOException, ClassNotFoundException {
        ViolationException e = new ViolationException("Authorization", List.of(TYPE, PURPOSE_ONLY));

        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
            out.writeObject(e);
        }
        ViolationException read;
        try (ObjectInputStream in = new ObjectInputStream(new ByteArrayInputStream(bytes.toByteArray()))) {
            read = (ViolationException) in.readObject();
        }

        assertThat(read).hasMessage(e.getMessage());
        assertThat(read.violations()).isEqualTo(e.violations());
    }

    private static Violation at(int index) {
        return Violation.of("personIds[" + index + "]", Rule.BULK_NULL, null, 0);
    }

    private static List<Violation> positions(int count) {
        return IntStream.range(0, count).mapToObj(ViolationExceptionTest::at).collect(Collectors.toList());
    }
}
