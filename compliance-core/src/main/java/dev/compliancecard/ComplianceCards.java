package dev.compliancecard;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ThreadLocalRandom;

import jakarta.validation.Validator;

import dev.compliancecard.audit.AuditRecord;
import dev.compliancecard.card.Authorization;
import dev.compliancecard.card.AuthorizationType;
import dev.compliancecard.card.ComplianceCard;
import dev.compliancecard.internal.Rules;
import dev.compliancecard.person.Person;
import dev.compliancecard.person.PersonId;
import dev.compliancecard.rules.ViolationException;
import dev.compliancecard.spi.ComplianceStore;
import dev.compliancecard.spi.StoreWork;

/**
 * The entry point of the library: records, changes and reads compliance cards in a store.
 *
 * <pre>{@code
 * ComplianceCards cards = ComplianceCards.builder()
 *         .store(new InMemoryComplianceStore())
 *         .build();
 * Actor actor = Actor.of("user-17");
 * cards.as(actor).addPerson(person);
 * cards.as(actor).forPerson(person.id()).setAuthorization(Authorization.legitimateInterest());
 * BulkConfirmation done = cards.as(actor).forPersons(ids).setSource(Source.of(SourceType.IMPORT));
 * }</pre>
 *
 * <p>Every change is validated against every rule (the clock rules against this instance's
 * clock), runs in one store transaction, and leaves one audit record per changed card.
 * Instances are immutable and thread-safe when the store is, as every shipped store is.
 */
public final class ComplianceCards {

    static final int ATTEMPTS = 5;

    /** The longest pause before the second attempt, in milliseconds; it doubles with each further one. */
    static final long FIRST_BACKOFF_MILLIS = 20;

    private final ComplianceStore store;
    private final Clock clock;
    private final Validator validator;

    private ComplianceCards(ComplianceStore store, Clock clock) {
        this.store = store;
        this.clock = clock;
        this.validator = Rules.validatorAt(clock);
    }

    /**
     * Starts building an instance.
     *
     * @return a new builder
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Returns the actions an actor can take; every change they make is recorded as the actor's.
     *
     * @param actor who acts
     * @return the actions
     * @throws NullPointerException if actor is null
     */
    public CardActions as(Actor actor) {
        return new CardActions(this, Objects.requireNonNull(actor, "actor"));
    }

    /**
     * Builds an authorization from parts as they arrive from a form, a file or a sync, and checks
     * it against every rule, the clock rules by this instance's clock included. Unlike
     * {@link Authorization#of(AuthorizationType, LocalDate, String, String)}, which cannot know
     * the clock, it reports a consent date in the future together with every other broken rule.
     *
     * @param type the type of legal basis
     * @param consentDate the consent date, for consent only
     * @param purpose the processing purpose, for consent only
     * @param description the description, for {@link AuthorizationType#OTHER} only
     * @return the authorization, valid today by this instance's clock
     * @throws ViolationException listing every broken rule at once
     */
    public Authorization authorizationOf(AuthorizationType type, LocalDate consentDate, String purpose,
            String description) {
        return Rules.requireBuiltAt(validator, Authorization.class, "Authorization",
                () -> Authorization.of(type, consentDate, purpose, description),
                Rules.property("consentDate", Optional.ofNullable(consentDate)));
    }

    /**
     * Reads a person's card.
     *
     * @param personId the person
     * @return the card, or empty if the person is not held
     * @throws NullPointerException if personId is null
     */
    public Optional<ComplianceCard> card(PersonId personId) {
        Objects.requireNonNull(personId, "personId");
        return store.inTransaction(tx -> tx.cards().find(personId));
    }

    /**
     * Reads a person.
     *
     * @param personId the person
     * @return the person, or empty if not held
     * @throws NullPointerException if personId is null
     */
    public Optional<Person> person(PersonId personId) {
        Objects.requireNonNull(personId, "personId");
        return store.inTransaction(tx -> tx.persons().find(personId));
    }

    /**
     * Lists a person's audit trail, oldest first.
     *
     * @param personId the person
     * @return the records, possibly empty
     * @throws NullPointerException if personId is null
     */
    public List<AuditRecord> auditTrail(PersonId personId) {
        Objects.requireNonNull(personId, "personId");
        return store.inTransaction(tx -> tx.audit().forPerson(personId));
    }

    /**
     * Counts cards by authorization type; cards without one are not counted.
     *
     * @return the counts of the types that occur
     */
    public Map<AuthorizationType, Long> countByAuthorization() {
        return store.inTransaction(tx -> tx.cards().countByAuthorization());
    }

    /**
     * Returns the store this instance works on.
     *
     * @return the store
     */
    public ComplianceStore store() {
        return store;
    }

    /**
     * Returns the clock this instance stamps changes with. Modules that record audit entries of
     * their own, such as exports, read the time from it, so that every record of one instance
     * follows the same clock.
     *
     * @return the clock, never null
     */
    public Clock clock() {
        return clock;
    }

    Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MICROS);
    }

    void requireValid(Object value) {
        Rules.requireValidAt(validator, value);
    }

    <T> T inTransaction(StoreWork<T> work) {
        return store.inTransaction(work);
    }

    /**
     * Runs work again, up to {@value #ATTEMPTS} times in all, when it lost a race to another
     * writer or hit a transient store failure; used only for changes that do not depend on a
     * version the caller read. Before each new attempt it pauses for a random time below a bound
     * that doubles each time ({@value #FIRST_BACKOFF_MILLIS} ms at first), so that writers that
     * collided do not collide again in step.
     *
     * <p>Work that joins a transaction the caller opened runs once: trying it again inside that
     * transaction would build on whatever the failed attempt already wrote there, and on the
     * transaction's old view of the data. The failure passes to the caller, whose transaction
     * rolls back and may be run again as a whole.
     */
    <T> T retrying(StoreWork<T> work) {
        if (store.isInTransaction()) {
            try {
                return store.inTransaction(work);
            } catch (VersionConflictException e) {
                throw VersionConflictException.advising(e, "the change ran in a transaction its caller opened,"
                        + " so it was not tried again inside it; let the transaction roll back and run it again");
            }
        }
        for (int attempt = 1; ; attempt++) {
            try {
                return store.inTransaction(work);
            } catch (VersionConflictException e) {
                if (attempt >= ATTEMPTS || !pauseBefore(attempt + 1)) {
                    throw VersionConflictException.advising(e, "other writers kept changing the same cards"
                            + " through " + attempt + " attempts; try the change again later");
                }
            } catch (TransientStoreException e) {
                if (attempt >= ATTEMPTS || !pauseBefore(attempt + 1)) {
                    throw e;
                }
            }
        }
    }

    /** Pauses before an attempt; returns false, with the interrupt kept, if interrupted. */
    private static boolean pauseBefore(int attempt) {
        long bound = FIRST_BACKOFF_MILLIS << (attempt - 2);
        try {
            Thread.sleep(1 + ThreadLocalRandom.current().nextLong(bound));
            return true;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    /**
     * Builds {@link ComplianceCards}. Not thread-safe.
     */
    public static final class Builder {

        private ComplianceStore store;
        private Clock clock = Clock.systemUTC();

        private Builder() {
        }

        /**
         * Sets the store. Required.
         *
         * @param store the store
         * @return this builder
         * @throws NullPointerException if store is null
         */
        public Builder store(ComplianceStore store) {
            this.store = Objects.requireNonNull(store, "store");
            return this;
        }

        /**
         * Sets the clock that stamps changes and decides what "in the future" means. Defaults to
         * {@link Clock#systemUTC()}; its zone decides which day "today" is.
         *
         * @param clock the clock
         * @return this builder
         * @throws NullPointerException if clock is null
         */
        public Builder clock(Clock clock) {
            this.clock = Objects.requireNonNull(clock, "clock");
            return this;
        }

        /**
         * Builds the instance.
         *
         * @return the instance
         * @throws IllegalStateException if no store was set
         */
        public ComplianceCards build() {
            if (store == null) {
                throw new IllegalStateException("A store is required: call store(...) before build()");
            }
            return new ComplianceCards(store, clock);
        }
    }
}
