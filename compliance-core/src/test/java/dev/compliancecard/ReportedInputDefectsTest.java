package dev.compliancecard;

import static dev.compliancecard.Fixtures.ALICE;
import static dev.compliancecard.Fixtures.NOW;
import static dev.compliancecard.Fixtures.TODAY;
import static dev.compliancecard.Refusals.refusal;
import static dev.compliancecard.Refusals.violations;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import dev.compliancecard.card.Authorization;
import dev.compliancecard.card.Source;
import dev.compliancecard.card.SourceType;
import dev.compliancecard.person.Emails;
import dev.compliancecard.person.Person;
import dev.compliancecard.person.PersonId;
import dev.compliancecard.rules.Rule;
import dev.compliancecard.rules.ViolationException;

/** The exact inputs of defects reported against earlier versions, kept as regression tests. */
class ReportedInputDefectsTest {

    private static Person.Builder person() {
        return Person.builder().id(PersonId.of("p-1")).createdAt(NOW.minusSeconds(60)).updatedAt(NOW);
    }

    // 1. Unpaired surrogates

    @Test
    void personIdWithALoneHighSurrogateIsRefusedAsMalformed() {
        assertThat(violations(() -> PersonId.of("a\uD800b"))).containsExactly("personId text.malformed");
    }

    @Test
    void actorIdWithALoneLowSurrogateIsRefusedAsMalformed() {
        assertThat(violations(() -> Actor.of("u\uDC00"))).containsExactly("actor.id text.malformed");
    }

    @Test
    void firstNameOfALoneLowSurrogateIsRefusedAsMalformed() {
        assertThat(violations(() -> person().firstName("\uDC00").build()))
                .containsExactly("person.firstName text.malformed");
    }

    @Test
    void purposeAndSourceDescriptionWithLoneSurrogatesAreRefusedAsMalformed() {
        assertThat(violations(() -> Authorization.consent(TODAY, "News\uD800")))
                .containsExactly("authorization.purpose text.malformed");
        assertThat(violations(() -> Source.other("fair\uDBFF")))
                .containsExactly("source.description text.malformed");
    }

    // 2. Instants outside what every store can keep

    @ParameterizedTest
    @ValueSource(strings = {"+1000000000-12-31T23:59:59.999999999Z", "+10000-01-01T00:00:00Z",
        "-0005-01-01T00:00:00Z", "1969-12-31T23:59:59.999999999Z"})
    void creationAndUpdateInstantsOutsideTheStorableRangeAreRefused(String text) {
        Instant instant = Instant.parse(text);

        assertThat(violations(() -> person().createdAt(instant).updatedAt(instant).build()))
                .containsExactly("person.createdAt time.range", "person.updatedAt time.range");
    }

    @Test
    void instantMaxIsRefusedByTheRulesNotByAStore() {
        ViolationException e = refusal(() -> person().createdAt(Instant.MAX).build());

        assertThat(e.breaks(Rule.TIME_RANGE)).isTrue();
        assertThat(e.getMessage()).contains("person.createdAt").contains("[time.range]");
    }

    @Test
    void theFirstAndLastStorableMicrosecondsAreAccepted() {
        Instant first = Instant.parse("1970-01-01T00:00:00Z");
        Instant last = Instant.parse("9999-12-31T23:59:59.999999Z");

        Person person = person().createdAt(first).updatedAt(last).build();

        assertThat(person.createdAt()).isEqualTo(first);
        assertThat(person.updatedAt()).isEqualTo(last);
        assertThat(violations(() -> person().updatedAt(last.plusNanos(1000)).build()))
                .containsExactly("person.updatedAt time.range");
    }

    @Test
    void anUpdateBeforeTheCreationIsAccepted() {
        Person person = person().createdAt(NOW).updatedAt(NOW.minusSeconds(3600)).build();

        assertThat(person.updatedAt()).isBefore(person.createdAt());
    }

    @Test
    void aMissingIdAndAnInstantOutOfRangeAreReportedTogether() {
        assertThat(violations(() -> Person.builder().createdAt(Instant.MIN).updatedAt(NOW).build()))
                .containsExactly("person.createdAt time.range", "person.id required");
    }

    // 3. Email bound after normalisation

    @Test
    void emailWhoseLowerCaseFormExceedsTheBoundIsRefused() {
        String email = "\u0130".repeat(300) + "@x.tr";
        assertThat(email.codePointCount(0, email.length())).isLessThanOrEqualTo(320);
        assertThat(Emails.normalize(email).length()).isGreaterThan(320);

        ViolationException e = refusal(() -> person().email(email).build());

        assertThat(e.violations()).extracting(v -> v.field() + " " + v.rule().code())
                .containsExactly("person.email text.too-long");
        assertThat(e.getMessage()).doesNotContain("\u0130");
    }

    @Test
    void emailOf306DottedCapitalIsIsRefused() {
        String email = "\u0130".repeat(306);

        assertThat(violations(() -> person().email(email).build())).containsExactly("person.email text.too-long");
    }

    // 4. Unicode spaces and blank optional texts

    @ParameterizedTest
    @ValueSource(strings = {"a\u00A0b@example.org", "ab@exa\u2007mple.org", "a\u202Fb@example.org",
        "a\u3000b@example.org", "a\u2003b@example.org", "ab@example.org\u00A0"})
    void emailWithAUnicodeSpaceIsRefused(String email) {
        assertThat(violations(() -> person().email(email).build())).containsExactly("person.email email.format");
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "   ", "\u00A0", "\t", " \u3000 "})
    void presentButBlankOptionalTextIsRefused(String blank) {
        assertThat(violations(() -> person().firstName(blank).company(blank).other(blank).build()))
                .containsExactly("person.company text.blank", "person.firstName text.blank",
                        "person.other text.blank");
    }

    @Test
    void blankEmailIsRefusedAsBlank() {
        assertThat(violations(() -> person().email("   ").build())).containsExactly("person.email text.blank");
    }

    // 5. Null arrays and null elements

    @Test
    void actorWithANullPermissionArrayNamesTheParameter() {
        assertThatNullPointerException().isThrownBy(() -> Actor.of("u", (Permission[]) null))
                .withMessage("permissions");
    }

    @Test
    void actorWithANullPermissionNamesTheElement() {
        assertThatNullPointerException().isThrownBy(() -> Actor.of("u", Permission.ADMIN, null))
                .withMessageContaining("permissions[1]");
    }

    @Test
    void forPersonsWithANullCollectionNamesTheParameter() {
        CardActions actions = Fixtures.cards().as(ALICE);

        assertThatNullPointerException().isThrownBy(() -> actions.forPersons(null)).withMessage("personIds");
    }

    @Test
    void bulkConfirmationWithANullListNamesTheParameter() {
        assertThatNullPointerException().isThrownBy(() -> BulkConfirmation.of(0, 0, 0, null))
                .withMessage("notFound");
    }

    @Test
    void violationExceptionWithANullListNamesTheParameter() {
        assertThatNullPointerException().isThrownBy(() -> new ViolationException("X", null))
                .withMessage("violations");
    }

    // 6. The bulk change keeps its own copy of the ids

    @Test
    void clearingTheCallersListAfterForPersonsChangesNothing() {
        ComplianceCards cards = Fixtures.cards();
        List<PersonId> ids = new ArrayList<>(Fixtures.addPersons(cards, 3));
        BulkChange change = cards.as(ALICE).forPersons(ids);

        ids.clear();
        BulkConfirmation done = change.setSource(Source.of(SourceType.MANUAL_UPLOAD));

        assertThat(done.requested()).isEqualTo(3);
        assertThat(done.changed()).isEqualTo(3);
    }

    @Test
    void nullsAndDuplicatesGivenToForPersonsAreReportedByTheRules() {
        ComplianceCards cards = Fixtures.cards();
        List<PersonId> ids = new ArrayList<>(Fixtures.addPersons(cards, 1));
        ids.add(null);
        ids.add(ids.get(0));
        BulkChange change = cards.as(ALICE).forPersons(ids);
        ids.clear();

        assertThat(violations(() -> change.setSource(Source.of(SourceType.MANUAL_UPLOAD))))
                .containsExactly("personIds[1] bulk.null", "personIds[2] bulk.duplicate");
    }

    // 7. Rejected values cannot forge log lines or flood them

    @ParameterizedTest
    @ValueSource(strings = {"evil\nINFO forged", "nul\u0000here", "bidi\u202Eevil", "cr\rlf"})
    void controlAndBidiCharactersOfARejectedActorIdAreEscaped(String bad) {
        String id = bad + " ";

        ViolationException e = refusal(() -> Actor.of(id));

        assertThat(e.getMessage()).doesNotContain("\n  evil", "\u0000", "\u202E", "\r", "INFO forged\"")
                .contains("\\u");
        assertThat(e.violations()).allSatisfy(v -> assertThat(v.rejectedValue()).contains(id));
    }

    @Test
    void bidiControlInARejectedPurposeIsEscaped() {
        String purpose = "x\u202E".repeat(300);

        ViolationException e = refusal(() -> Authorization.consent(TODAY, purpose));

        assertThat(e.getMessage()).doesNotContain("\u202E").contains("\\u202E");
    }

    @Test
    void aHundredThousandDuplicateIdsGiveAShortMessageButEveryViolation() {
        ComplianceCards cards = Fixtures.cards();
        List<PersonId> ids = Collections.nCopies(100_000, PersonId.of("same"));

        ViolationException e = refusal(() -> cards.as(ALICE).forPersons(ids).setSource(Source.of(SourceType.CRM_SYNC)));

        assertThat(e.violations()).hasSize(99_999);
        assertThat(e.getMessage().length()).isLessThan(10_000);
        assertThat(e.getMessage()).contains("and 99979 more");
    }

    @Test
    void nullElementsInAnArrayOfIdsAreReportedNotThrown() {
        ComplianceCards cards = Fixtures.cards();
        List<PersonId> ids = Arrays.asList(PersonId.of("a"), null);

        assertThat(violations(() -> cards.as(ALICE).forPersons(ids).setAuthorization(null)))
                .containsExactly("personIds[1] bulk.null");
    }

    // Second round of reported inputs

    @ParameterizedTest
    @ValueSource(strings = {"a@b.io\n", "a@b.io\r\n", "\ta@b.io", "ada\u0000@x.org"})
    void emailWithAControlCharacterOrLineBreakAnywhereIsRefused(String email) {
        assertThat(violations(() -> person().email(email).build()))
                .containsExactly("person.email text.control-characters");
    }

    @Test
    void emailWithPlainSpacesAroundItIsKeptAsGivenAndComparedTrimmed() {
        Person person = person().email("  A@B.io ").build();

        assertThat(person.email()).contains("  A@B.io ");
        assertThat(person.normalizedEmail()).contains("a@b.io");
    }

    @Test
    void instantsFinerThanAMicrosecondAreCutToTheMicrosecondSoEveryStoreKeepsTheSameValue() {
        Instant created = Instant.parse("2020-06-01T12:00:00.123456789Z");
        Instant updated = Instant.parse("2021-06-01T12:00:00.000000999Z");

        Person person = person().createdAt(created).updatedAt(updated).build();

        assertThat(person.createdAt()).isEqualTo(Instant.parse("2020-06-01T12:00:00.123456Z"));
        assertThat(person.updatedAt()).isEqualTo(Instant.parse("2021-06-01T12:00:00Z"));
        assertThat(person).isEqualTo(person().createdAt(person.createdAt()).updatedAt(person.updatedAt()).build());
    }

    @Test
    void theLastStorableMicrosecondIsAcceptedEvenWhenGivenWithNanoseconds() {
        Person person = person().updatedAt(Instant.parse("9999-12-31T23:59:59.9999994Z")).build();

        assertThat(person.updatedAt()).isEqualTo(Instant.parse("9999-12-31T23:59:59.999999Z"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"\u200b", "\ufeff", "\u180e", "\u3164", "\u2800", "\u115f\u1160", "\uffa0",
        " \u200b "})
    void aNameOfOnlyInvisibleCharactersIsBlank(String name) {
        assertThat(violations(() -> person().firstName(name).build()))
                .containsExactly("person.firstName text.blank");
    }
}
