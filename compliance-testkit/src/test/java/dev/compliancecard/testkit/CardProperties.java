package dev.compliancecard.testkit;

import static dev.compliancecard.testkit.RuleChecks.assertSatisfiesEveryRule;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Label;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

import dev.compliancecard.Actor;
import dev.compliancecard.ComplianceCards;
import dev.compliancecard.audit.AuditRecord;
import dev.compliancecard.card.Authorization;
import dev.compliancecard.card.ComplianceCard;
import dev.compliancecard.card.Source;
import dev.compliancecard.memory.InMemoryComplianceStore;
import dev.compliancecard.person.PersonId;
import dev.compliancecard.rules.Rule;
import dev.compliancecard.rules.ViolationException;

class CardProperties {

    /** One attempted change: an authorization or a source, valid or not, by an actor. */
    record Step(Labelled<AuthorizationParts> authorization, Labelled<SourceParts> source, Actor actor) {
    }

    @Property(tries = 200)
    @Label("every card the API leaves behind satisfies every rule, and refused changes change nothing")
    void cardsTheApiAcceptsSatisfyEveryRule(@ForAll("steps") List<Step> steps) {
        // Given a person whose card starts empty
        TestClock clock = TestClock.standard();
        ComplianceCards cards = ComplianceCards.builder().store(new InMemoryComplianceStore()).clock(clock).build();
        PersonId id = cards.as(Actor.of("seed")).addPerson(TestPersons.person("p-1").build()).personId();
        ComplianceCard expected = cards.card(id).orElseThrow();
        int records = 1;

        for (Step step : steps) {
            // When one change after another is attempted, a minute apart
            clock.advance(Duration.ofMinutes(1));
            Optional<Object> value = attempt(cards, id, step);

            // Then a refusal changed nothing, and an accepted change is stamped with actor and time
            if (value.isPresent()) {
                ComplianceCard before = expected;
                expected = apply(expected, value.get(), clock.instant(), step.actor().id());
                records += expected.equals(before) ? 0 : 1;
            }
            ComplianceCard stored = cards.card(id).orElseThrow();
            assertThat(stored).isEqualTo(expected);
            assertSatisfiesEveryRule(stored, clock.today());
            assertThat(cards.auditTrail(id)).hasSize(records);
        }
        List<AuditRecord> trail = cards.auditTrail(id);
        assertThat(trail.get(trail.size() - 1).occurredAt()).isEqualTo(expected.changedAt());
        assertThat(trail.get(trail.size() - 1).actorId()).isEqualTo(expected.changedBy());
    }

    @Property
    @Label("every generated invalid card is refused with exactly the rules it breaks, and nothing changes")
    void invalidCardsAreRefusedWithExactlyTheirRules(@ForAll("invalidCards") InvalidCard sample) {
        ComplianceCards cards = ComplianceCards.builder().store(new InMemoryComplianceStore())
                .clock(TestClock.standard()).build();
        cards.as(Actor.of("seed")).addPerson(TestPersons.person(sample.personId()).build());
        ComplianceCard before = cards.card(sample.personId()).orElseThrow();

        Set<BrokenRule> reported = new HashSet<>();
        Authorization authorization = buildOrCollect(() -> sample.authorization().buildWith(cards), reported);
        Source source = buildOrCollect(() -> sample.source().build(), reported);
        if (reported.isEmpty()) {
            cards.as(Actor.of("writer")).forPerson(sample.personId()).setAuthorization(authorization);
            cards.as(Actor.of("writer")).forPerson(sample.personId()).setSource(source);
        }

        assertThat(reported).isEqualTo(sample.broken());
        assertThat(cards.card(sample.personId())).contains(before);
        assertThat(cards.auditTrail(sample.personId())).hasSize(1);
    }

    @Property
    @Label("every generated card satisfies every rule and reads back from a store as it was written")
    void generatedCardsAreValidAndKeptAsTheyAre(@ForAll("cards") ComplianceCard card) {
        InMemoryComplianceStore store = new InMemoryComplianceStore();

        store.inTransaction(tx -> {
            tx.cards().insert(card);
            return null;
        });
        Optional<ComplianceCard> read = store.inTransaction(tx -> tx.cards().find(card.personId()));

        assertSatisfiesEveryRule(card, TestClock.STANDARD_TODAY);
        assertThat(read).contains(card);
    }

    private static Optional<Object> attempt(ComplianceCards cards, PersonId id, Step step) {
        Labelled<?> sample = step.authorization() != null ? step.authorization() : step.source();
        try {
            Object value = build(cards, step);
            if (step.authorization() != null) {
                cards.as(step.actor()).forPerson(id).setAuthorization((Authorization) value);
            } else {
                cards.as(step.actor()).forPerson(id).setSource((Source) value);
            }
            assertThat(sample.broken()).as("accepted, so it breaks no rule").isEmpty();
            return Optional.of(value);
        } catch (ViolationException refusal) {
            assertThat(BrokenRule.of(refusal)).isEqualTo(sample.broken());
            return Optional.empty();
        }
    }

    private static Object build(ComplianceCards cards, Step step) {
        if (step.source() != null) {
            return step.source().value().build();
        }
        boolean onlyTheClock = step.authorization().rules().equals(Set.of(Rule.DATE_IN_FUTURE));
        // A date in the future alone passes the factory and must be caught when the change is made
        return onlyTheClock ? step.authorization().value().build() : step.authorization().value().buildWith(cards);
    }

    private static ComplianceCard apply(ComplianceCard card, Object value, Instant at, String actorId) {
        if (value instanceof Authorization) {
            return Objects.equals(card.authorization().orElse(null), value) ? card
                    : card.withAuthorization((Authorization) value, at, actorId);
        }
        return Objects.equals(card.source().orElse(null), value) ? card : card.withSource((Source) value, at, actorId);
    }

    private static <T> T buildOrCollect(Supplier<T> build, Set<BrokenRule> reported) {
        try {
            return build.get();
        } catch (ViolationException refusal) {
            reported.addAll(BrokenRule.of(refusal));
            return null;
        }
    }

    @Provide
    Arbitrary<List<Step>> steps() {
        LocalDate today = TestClock.STANDARD_TODAY;
        Arbitrary<Step> authorizationSteps = Combinators.combine(CardArbitraries.authorizationParts(today),
                PersonArbitraries.actors()).as((a, actor) -> new Step(a, null, actor));
        Arbitrary<Step> sourceSteps = Combinators.combine(CardArbitraries.sourceParts(), PersonArbitraries.actors())
                .as((s, actor) -> new Step(null, s, actor));
        return Arbitraries.oneOf(authorizationSteps, sourceSteps).list().ofMinSize(1).ofMaxSize(12);
    }

    @Provide
    Arbitrary<InvalidCard> invalidCards() {
        return CardArbitraries.invalidCards(TestClock.STANDARD_TODAY);
    }

    @Provide
    Arbitrary<ComplianceCard> cards() {
        return CardArbitraries.cards();
    }
}
