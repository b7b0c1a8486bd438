package dev.compliancecard.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;

import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Label;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

import dev.compliancecard.Actor;
import dev.compliancecard.ComplianceCards;
import dev.compliancecard.card.Authorization;
import dev.compliancecard.card.ComplianceCard;
import dev.compliancecard.memory.InMemoryComplianceStore;
import dev.compliancecard.person.Person;
import dev.compliancecard.rules.ViolationException;

class PersonalDataProperties {

    @Property(tries = 300)
    @Label("no personal value ever appears in a toString or in an exception message")
    void noPersonalValueLeaks(@ForAll("persons") Person person) {
        // Given a person whose every personal value is distinctive
        List<String> personal = TestPersons.personalValues(person);
        assertThat(personal).hasSize(12);
        List<String> outputs = new ArrayList<>();

        // When the person is printed, stored, changed, added twice and built wrongly in every field
        outputs.add(person.toString());
        outputs.add(PersonParts.of(person).toString());
        ComplianceCards cards = ComplianceCards.builder().store(new InMemoryComplianceStore())
                .clock(TestClock.standard()).build();
        ComplianceCard card = cards.as(Actor.of("u-1")).addPerson(person);
        outputs.add(card.toString());
        outputs.add(cards.as(Actor.of("u-1")).forPerson(person.id()).setAuthorization(
                Authorization.legitimateInterest()).toString());
        outputs.add(cards.as(Actor.of("u-1")).forPersons(List.of(person.id())).setSource(null).toString());
        cards.auditTrail(person.id()).forEach(record -> outputs.add(record.toString()));
        outputs.addAll(failureTexts(() -> cards.as(Actor.of("u-1")).addPerson(person)));
        for (UnaryOperator<Person.Builder> spoil : spoilers(person)) {
            outputs.addAll(failureTexts(() -> spoil.apply(Person.builder().from(person)).build()));
        }
        outputs.addAll(failureTexts(() -> Person.builder().from(person).id(null).createdAt(null).build()));

        // Then no output holds any personal value, or even the marks around them
        for (String output : outputs) {
            for (String value : personal) {
                assertThat(output).doesNotContain(value);
            }
            assertThat(output).doesNotContain("«", "»");
        }
    }

    private static List<UnaryOperator<Person.Builder>> spoilers(Person person) {
        String first = person.firstName().orElseThrow();
        String other = person.other().orElseThrow();
        return List.of(
                b -> b.firstName(first + "\u0000"),
                b -> b.lastName(longer(person.lastName().orElseThrow(), Person.MAX_NAME_LENGTH)),
                b -> b.company(person.company().orElseThrow() + "\uD800"),
                b -> b.title(person.title().orElseThrow() + "\n"),
                b -> b.email(person.email().orElseThrow() + " x"),
                b -> b.email(person.email().orElseThrow().repeat(40)),
                b -> b.phoneNumber(longer(person.phoneNumber().orElseThrow(), Person.MAX_PHONE_LENGTH)),
                b -> b.website(person.website().orElseThrow() + "\u001b"),
                b -> b.other(longer(other, Person.MAX_OTHER_LENGTH)),
                b -> b.facebook(person.facebook().orElseThrow() + "\u0007"),
                b -> b.twitter(person.twitter().orElseThrow() + "\u2028"),
                b -> b.linkedIn(person.linkedIn().orElseThrow() + "\u0085"),
                b -> b.salesforceId(person.salesforceId().orElseThrow() + "!"),
                b -> b.firstName(first + "\u0000").email(first).salesforceId(first).updatedAt(null));
    }

    private static String longer(String value, int max) {
        return value.repeat(max / value.codePointCount(0, value.length()) + 1);
    }

    private static List<String> failureTexts(Runnable action) {
        Throwable failure = catchThrowable(action::run);
        assertThat(failure).isNotNull();
        List<String> texts = new ArrayList<>(List.of(failure.toString(), String.valueOf(failure.getMessage())));
        if (failure instanceof ViolationException) {
            ((ViolationException) failure).violations().forEach(v -> {
                texts.add(v.toString());
                texts.add(v.field());
                v.rejectedValue().ifPresent(texts::add);
            });
        }
        return texts;
    }

    @Provide
    Arbitrary<Person> persons() {
        return PersonArbitraries.distinctivePersons();
    }
}
