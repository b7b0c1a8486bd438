package dev.compliancecard.testkit.contract;

import static dev.compliancecard.testkit.contract.ContractData.fullPerson;
import static dev.compliancecard.testkit.contract.ContractData.id;
import static dev.compliancecard.testkit.contract.ContractData.minimalPerson;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;

import org.junit.jupiter.api.Test;

import dev.compliancecard.DuplicatePersonException;
import dev.compliancecard.PersonNotFoundException;
import dev.compliancecard.person.Person;

/**
 * What every {@link dev.compliancecard.spi.PersonRepository} must do: keep persons by id and
 * give back exactly what was written.
 */
public interface PersonRepositoryContract extends StoreContract {

    /** Inserted person comes back with every field. */
    @Test
    default void insertedPersonComesBackWithEveryField() {
        // Given
        Person person = fullPerson("p-1");

        // When
        run(tx -> tx.persons().insert(person));

        // Then
        Person read = findPerson(id("p-1")).orElseThrow();
        assertThat(read).isEqualTo(person);
        assertThat(read.email()).contains(" Ann.Example@Example.COM ");
        assertThat(read.normalizedEmail()).contains("ann.example@example.com");
    }

    /** Person with only required fields comes back without optional values. */
    @Test
    default void personWithOnlyRequiredFieldsComesBackWithoutOptionalValues() {
        run(tx -> tx.persons().insert(minimalPerson("p-1")));

        Person read = findPerson(id("p-1")).orElseThrow();

        assertThat(read).isEqualTo(minimalPerson("p-1"));
        assertThat(read.firstName()).isEmpty();
        assertThat(read.email()).isEmpty();
        assertThat(read.salesforceId()).isEmpty();
    }

    /** Unknown id is not found. */
    @Test
    default void unknownIdIsNotFound() {
        run(tx -> tx.persons().insert(minimalPerson("p-1")));

        assertThat(findPerson(id("p-2"))).isEmpty();
    }

    /** Inserting a taken id throws duplicate person and keeps the first. */
    @Test
    default void insertingATakenIdThrowsDuplicatePersonAndKeepsTheFirst() {
        // Given
        run(tx -> tx.persons().insert(minimalPerson("p-1")));

        // When / Then
        assertThatThrownBy(() -> run(tx -> tx.persons().insert(fullPerson("p-1"))))
                .isInstanceOfSatisfying(DuplicatePersonException.class,
                        e -> assertThat(e.personId()).isEqualTo(id("p-1")));
        assertThat(findPerson(id("p-1"))).contains(minimalPerson("p-1"));
        assertThat(personCount()).isEqualTo(1);
    }

    /** Ids differing only in case or accent are different persons. */
    @Test
    default void idsDifferingOnlyInCaseOrAccentAreDifferentPersons() {
        run(tx -> {
            tx.persons().insert(minimalPerson("ab-1"));
            tx.persons().insert(minimalPerson("AB-1"));
            tx.persons().insert(minimalPerson("\u00e1b-1"));
        });

        assertThat(personCount()).isEqualTo(3);
        assertThat(findPerson(id("AB-1"))).contains(minimalPerson("AB-1"));
    }

    /** Update replaces every field and clears those no longer set. */
    @Test
    default void updateReplacesEveryFieldAndClearsThoseNoLongerSet() {
        // Given
        run(tx -> tx.persons().insert(fullPerson("p-1")));
        Person changed = Person.builder()
                .id(id("p-1"))
                .lastName("Married-Name")
                .email("ann@example.org")
                .createdAt(ContractData.CREATED)
                .updatedAt(Instant.parse("2025-01-02T03:04:05.000006Z"))
                .build();

        // When
        run(tx -> tx.persons().update(changed));

        // Then
        Person read = findPerson(id("p-1")).orElseThrow();
        assertThat(read).isEqualTo(changed);
        assertThat(read.firstName()).isEmpty();
        assertThat(read.other()).isEmpty();
    }

    /** Updating an unknown person throws person not found and adds nobody. */
    @Test
    default void updatingAnUnknownPersonThrowsPersonNotFoundAndAddsNobody() {
        assertThatThrownBy(() -> run(tx -> tx.persons().update(fullPerson("p-9"))))
                .isInstanceOfSatisfying(PersonNotFoundException.class,
                        e -> assertThat(e.personId()).isEqualTo(id("p-9")));

        assertThat(personCount()).isZero();
    }

    /** Delete removes the person and tells whether one was held. */
    @Test
    default void deleteRemovesThePersonAndTellsWhetherOneWasHeld() {
        run(tx -> {
            tx.persons().insert(minimalPerson("p-1"));
            tx.persons().insert(minimalPerson("p-2"));
        });

        boolean first = inTransaction(tx -> tx.persons().delete(id("p-1")));
        boolean second = inTransaction(tx -> tx.persons().delete(id("p-1")));

        assertThat(first).isTrue();
        assertThat(second).isFalse();
        assertThat(findPerson(id("p-1"))).isEmpty();
        assertThat(findPerson(id("p-2"))).isPresent();
    }

    /** Count counts every held person. */
    @Test
    default void countCountsEveryHeldPerson() {
        assertThat(personCount()).isZero();

        run(tx -> {
            for (int i = 0; i < 25; i++) {
                tx.persons().insert(minimalPerson("p-" + i));
            }
        });

        assertThat(personCount()).isEqualTo(25);
    }
}
