package dev.compliancecard.testkit;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

import dev.compliancecard.person.Person;
import dev.compliancecard.person.PersonId;

/**
 * Test-data builders for persons: a valid person with plain example values, to be changed
 * where a test cares, such as {@code TestPersons.person("p-1").email("ada@example.org").build()}.
 *
 * <p>Stateless and thread-safe; every call returns a new builder or list.
 */
public final class TestPersons {

    private TestPersons() {
    }

    /**
     * Starts a valid person with the given id, a name, a company, an email derived from nothing
     * personal, and creation and update instants an hour and a minute before
     * {@link TestClock#STANDARD_INSTANT}.
     *
     * @param id the person id, as text
     * @return a builder that builds a valid person as it is
     * @throws dev.compliancecard.rules.ViolationException if id is no valid person id
     */
    public static Person.Builder person(String id) {
        return person(PersonId.of(id));
    }

    /**
     * Starts a valid person with the given id, as {@link #person(String)} does.
     *
     * @param id the person id, not null
     * @return a builder that builds a valid person as it is
     * @throws NullPointerException if id is null
     */
    public static Person.Builder person(PersonId id) {
        Objects.requireNonNull(id, "id");
        return Person.builder()
                .id(id)
                .firstName("Ada")
                .lastName("Lovelace")
                .company("Analytical Engines Ltd")
                .title("Engineer")
                .email("ada.lovelace@example.org")
                .createdAt(TestClock.STANDARD_INSTANT.minus(Duration.ofHours(1)))
                .updatedAt(TestClock.STANDARD_INSTANT.minus(Duration.ofMinutes(1)));
    }

    /**
     * Starts a person with only what is required: the id and the two instants.
     *
     * @param id the person id, as text
     * @return a builder that builds a valid person as it is
     * @throws dev.compliancecard.rules.ViolationException if id is no valid person id
     */
    public static Person.Builder minimalPerson(String id) {
        return Person.builder()
                .id(PersonId.of(id))
                .createdAt(TestClock.STANDARD_INSTANT.minus(Duration.ofHours(1)))
                .updatedAt(TestClock.STANDARD_INSTANT.minus(Duration.ofHours(1)));
    }

    /**
     * Builds count valid persons with the ids {@code prefix1} to {@code prefixN}.
     *
     * @param prefix the start of every id, such as {@code "p-"}
     * @param count how many, 0 or more
     * @return the persons, in id order of their numbers
     * @throws IllegalArgumentException if count is negative
     */
    public static List<Person> persons(String prefix, int count) {
        List<Person> persons = new ArrayList<>(count);
        for (PersonId id : ids(prefix, count)) {
            persons.add(person(id).build());
        }
        return persons;
    }

    /**
     * Makes count person ids {@code prefix1} to {@code prefixN}.
     *
     * @param prefix the start of every id, such as {@code "p-"}
     * @param count how many, 0 or more
     * @return the ids
     * @throws IllegalArgumentException if count is negative
     */
    public static List<PersonId> ids(String prefix, int count) {
        if (count < 0) {
            throw new IllegalArgumentException("count must not be negative, was " + count);
        }
        List<PersonId> ids = new ArrayList<>(count);
        for (int i = 1; i <= count; i++) {
            ids.add(PersonId.of(prefix + i));
        }
        return ids;
    }

    /**
     * Returns every personal value a person holds (names, company, title, email, phone, website,
     * other, profiles and Salesforce id), to search output for leaks.
     *
     * @param person the person, not null
     * @return the present personal values, in the order of the export
     */
    public static List<String> personalValues(Person person) {
        List<Optional<String>> fields = List.of(person.firstName(), person.lastName(), person.company(),
                person.title(), person.email(), person.phoneNumber(), person.website(), person.other(),
                person.facebook(), person.twitter(), person.linkedIn(), person.salesforceId());
        List<String> values = new ArrayList<>();
        fields.forEach(field -> field.ifPresent(values::add));
        return values;
    }
}
