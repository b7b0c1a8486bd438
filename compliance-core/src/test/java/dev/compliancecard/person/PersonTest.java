package dev.compliancecard.person;

import static dev.compliancecard.Refusals.refusal;
import static dev.compliancecard.Refusals.violations;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import dev.compliancecard.rules.ViolationException;

class PersonTest {

    private static final Instant CREATED = Instant.parse("2024-08-13T18:04:34.666Z");
    private static final Instant UPDATED = Instant.parse("2024-08-14T11:39:02.318Z");

    private static Person.Builder valid() {
        return Person.builder().id(PersonId.of("p-1")).createdAt(CREATED).updatedAt(UPDATED);
    }

    @Test
    void keepsEveryField() {
        Person person = valid()
                .firstName("Zoë").lastName("O'Brien-Łukasiewicz").company("株式会社 Example")
                .title("Chief Executive \uD83D\uDE80")
                .email(" Zoe@Example.ORG ").phoneNumber("+49 30 1234567").website("https://example.org")
                .other("Met at\nthe fair").facebook("zoe.fb").twitter("@zoe").linkedIn("in/zoe")
                .salesforceId("0035g00000AbCdEAAZ")
                .build();

        assertThat(person.id()).isEqualTo(PersonId.of("p-1"));
        assertThat(person.firstName()).contains("Zoë");
        assertThat(person.lastName()).contains("O'Brien-Łukasiewicz");
        assertThat(person.company()).contains("株式会社 Example");
        assertThat(person.title()).contains("Chief Executive \uD83D\uDE80");
        assertThat(person.email()).contains(" Zoe@Example.ORG ");
        assertThat(person.normalizedEmail()).contains("zoe@example.org");
        assertThat(person.phoneNumber()).contains("+49 30 1234567");
        assertThat(person.website()).contains("https://example.org");
        assertThat(person.other()).contains("Met at\nthe fair");
        assertThat(person.facebook()).contains("zoe.fb");
        assertThat(person.twitter()).contains("@zoe");
        assertThat(person.linkedIn()).contains("in/zoe");
        assertThat(person.salesforceId()).contains("0035g00000AbCdEAAZ");
        assertThat(person.createdAt()).isEqualTo(CREATED);
        assertThat(person.updatedAt()).isEqualTo(UPDATED);
    }

    @Test
    void nullAndEmptyOptionalMeanAbsent() {
        Person person = valid().firstName((String) null).lastName(Optional.empty()).company((Optional<String>) null)
                .email(Optional.of("a@b.example")).build();

        assertThat(person.firstName()).isEmpty();
        assertThat(person.lastName()).isEmpty();
        assertThat(person.company()).isEmpty();
        assertThat(person.email()).contains("a@b.example");
        assertThat(person.normalizedEmail()).contains("a@b.example");
    }

    @Test
    void everyOptionalSetterTakesAValueEmptyOrNull() {
        Person present = valid().firstName(Optional.of("f")).lastName(Optional.of("l")).company(Optional.of("c"))
                .title(Optional.of("t")).email(Optional.of("e@x")).phoneNumber(Optional.of("p"))
                .website(Optional.of("w")).other(Optional.of("o")).facebook(Optional.of("fb"))
                .twitter(Optional.of("tw")).linkedIn(Optional.of("li")).salesforceId(Optional.of("0035g00000AbCdE"))
                .build();
        Person.Builder builder = Person.builder().from(present);
        Optional<String> none = null;

        Person emptied = builder.firstName(Optional.empty()).lastName(none).company(Optional.empty())
                .title(none).email(Optional.empty()).phoneNumber(none).website(Optional.empty()).other(none)
                .facebook(Optional.empty()).twitter(none).linkedIn(Optional.empty()).salesforceId(none).build();

        assertThat(List.of(present.firstName(), present.lastName(), present.company(), present.title(),
                present.email(), present.phoneNumber(), present.website(), present.other(), present.facebook(),
                present.twitter(), present.linkedIn(), present.salesforceId()))
                .extracting(Optional::orElseThrow)
                .containsExactly("f", "l", "c", "t", "e@x", "p", "w", "o", "fb", "tw", "li", "0035g00000AbCdE");
        assertThat(List.of(emptied.firstName(), emptied.lastName(), emptied.company(), emptied.title(),
                emptied.email(), emptied.phoneNumber(), emptied.website(), emptied.other(), emptied.facebook(),
                emptied.twitter(), emptied.linkedIn(), emptied.salesforceId()))
                .allSatisfy(v -> assertThat(v).isEmpty());
    }

    @Test
    void copyKeepsEveryFieldAndAllowsAChange() {
        Person original = valid().firstName("Ada").email("ada@example.org").other("x").build();

        Person copy = Person.builder().from(original).build();
        Person changed = Person.builder().from(original).firstName((String) null).title("Countess").build();

        assertThat(copy).isEqualTo(original);
        assertThat(changed.firstName()).isEmpty();
        assertThat(changed.title()).contains("Countess");
        assertThat(changed.email()).isEqualTo(original.email());
    }

    @Test
    void missingRequiredAttributesAreReportedWithEveryOtherBrokenRule() {
        ViolationException e = refusal(() -> Person.builder().firstName("Secret\u0000Name")
                .email("not-an-email").build());

        assertThat(e.violations()).extracting(v -> v.field() + " " + v.rule().code()).containsExactly(
                "person.createdAt required",
                "person.email email.format",
                "person.firstName text.control-characters",
                "person.id required",
                "person.updatedAt required");
        assertThat(e.violations()).allSatisfy(v -> assertThat(v.rejectedValue()).isEmpty());
        assertThat(e.getMessage()).doesNotContain("Secret", "not-an-email");
    }

    @Test
    void nullsPassedToTheBuilderAreReportedAsMissing() {
        assertThat(violations(() -> valid().id(null).createdAt(null).updatedAt(null).build())).containsExactly(
                "person.createdAt required", "person.id required", "person.updatedAt required");
    }

    @Test
    void builderStaysUsableAfterARefusal() {
        Person.Builder builder = Person.builder().id(PersonId.of("p-2"));
        refusal(builder::build);

        Person person = builder.createdAt(CREATED).updatedAt(UPDATED).build();

        assertThat(person.id()).isEqualTo(PersonId.of("p-2"));
    }

    @Test
    void namesAreBoundedInCodePoints() {
        String longest = "\u5C55".repeat(Person.MAX_NAME_LENGTH);

        assertThat(valid().firstName(longest).lastName(longest).company(longest).title(longest).build().title())
                .contains(longest);
        assertThat(violations(() -> valid().firstName(longest + "x").lastName(longest + "x")
                .company(longest + "x").title(longest + "x").build())).containsExactly(
                        "person.company text.too-long", "person.firstName text.too-long",
                        "person.lastName text.too-long", "person.title text.too-long");
    }

    @Test
    void phoneAndUrlsAreBounded() {
        String phone = "1".repeat(Person.MAX_PHONE_LENGTH);
        String url = "u".repeat(Person.MAX_URL_LENGTH);

        assertThat(valid().phoneNumber(phone).website(url).facebook(url).twitter(url).linkedIn(url).build()
                .linkedIn()).contains(url);
        assertThat(violations(() -> valid().phoneNumber(phone + "1").website(url + "u").facebook(url + "u")
                .twitter(url + "u").linkedIn(url + "u").build())).containsExactly(
                        "person.facebook text.too-long", "person.linkedIn text.too-long",
                        "person.phoneNumber text.too-long", "person.twitter text.too-long",
                        "person.website text.too-long");
    }

    @Test
    void otherMaySpanLinesButIsBounded() {
        String other = "a\tb\r\nc\u2028".repeat(Person.MAX_OTHER_LENGTH / 8);

        assertThat(valid().other(other).build().other()).contains(other);
        assertThat(violations(() -> valid().other("o".repeat(Person.MAX_OTHER_LENGTH + 1)).build()))
                .containsExactly("person.other text.too-long");
        assertThat(violations(() -> valid().other("bell\u0007").build()))
                .containsExactly("person.other text.control-characters");
    }

    @Test
    void singleLineFieldsRefuseLineBreaks() {
        assertThat(violations(() -> valid().lastName("Love\nlace").website("https://x\r").build()))
                .containsExactly("person.lastName text.control-characters", "person.website text.control-characters");
    }

    @Test
    void malformedTextIsRefused() {
        assertThat(violations(() -> valid().company("Acme\uD800").build()))
                .containsExactly("person.company text.malformed");
    }

    @ParameterizedTest
    @ValueSource(strings = {"a@b", "first.last+tag@example.co.uk", " padded@example.org ", "用户@例子.广告",
            "x@localhost"})
    void emailOfTheFormLocalAtDomainIsAccepted(String email) {
        assertThat(valid().email(email).build().email()).contains(email);
    }

    @ParameterizedTest
    @ValueSource(strings = {"plain", "@example.org", "ada@", "a@b@c", "ada lovelace@example.org",
            "ada@exa mple.org", "ada@.example.org", "ada@example.org.", "ada@example..org",
            "ada\u00A0x@example.org", "ada\uD800@example.org"})
    void emailOfAnotherShapeIsRefusedWithoutShowingIt(String email) {
        ViolationException e = refusal(() -> valid().email(email).build());

        assertThat(e.violations()).singleElement().satisfies(v -> {
            assertThat(v.field()).isEqualTo("person.email");
            assertThat(v.rule().code()).isEqualTo("email.format");
            assertThat(v.rejectedValue()).isEmpty();
        });
    }

    @Test
    void emailIsBoundedTo320CodePoints() {
        String local = "a".repeat(64);
        String longest = local + "@" + "d".repeat(320 - 65);

        assertThat(valid().email(longest).build().email()).contains(longest);
        ViolationException e = refusal(() -> valid().email(longest + "d").build());
        assertThat(e.violations()).singleElement().satisfies(v -> {
            assertThat(v.rule().code()).isEqualTo("text.too-long");
            assertThat(v.message()).contains("at most 320 characters");
        });
    }

    @ParameterizedTest
    @ValueSource(strings = {"0035g00000AbCdE", "0035g00000AbCdEAAZ", "001000000000000", "ABCDEFGHIJKLMNOPQR",
            "azAZ09azAZ09azA", "zzzzzzzzzzzzzzz", "ZZZZZZZZZZZZZZZ", "999999999999999"})
    void salesforceIdOf15Or18LettersAndDigitsIsAccepted(String id) {
        assertThat(valid().salesforceId(id).build().salesforceId()).contains(id);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "0035g00000AbCd", "0035g00000AbCdEA", "0035g00000AbCdEAA", "0035g00000AbCdEAAZ1",
            "0035g00000AbCd-", "0035g00000AbCdÉ", "0035g00000AbCd٣", "0035g00000AbCdEAA ", "0035g00000AbCd`",
            "0035g00000AbCd{", "0035g00000AbCd@", "0035g00000AbCd[", "0035g00000AbCd/", "0035g00000AbCd:"})
    void salesforceIdOfAnotherShapeIsRefused(String id) {
        assertThat(violations(() -> valid().salesforceId(id).build())).containsExactly(
                "person.salesforceId salesforce-id.format");
    }

    @Test
    void toStringMasksEveryPersonalValue() {
        Person person = valid().firstName("Zoë").lastName("Quasimodo").company("Acme Secret").title("Spy")
                .email("zoe@example.org").phoneNumber("5550123").website("https://zoe.example")
                .other("diary").facebook("fbzoe").twitter("twzoe").linkedIn("lizoe")
                .salesforceId("0035g00000AbCdE").build();

        String text = person.toString();

        assertThat(text).contains("p-1", "***", "2024-08-13T18:04:34.666Z");
        for (String value : List.of("Zoë", "Quasimodo", "Acme Secret", "Spy", "zoe@example.org", "5550123",
                "https://zoe.example", "diary", "fbzoe", "twzoe", "lizoe", "0035g00000AbCdE")) {
            assertThat(text).doesNotContain(value);
        }
    }
}
