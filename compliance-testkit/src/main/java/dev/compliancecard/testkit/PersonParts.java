package dev.compliancecard.testkit;

import java.time.Instant;

import dev.compliancecard.person.Person;
import dev.compliancecard.person.PersonId;
import dev.compliancecard.rules.ViolationException;

/**
 * The raw parts of a person, valid or not; every part may be null. Its {@link #toString()}
 * masks the personal values, as {@link Person} does, so that a failing property prints no more
 * than the library would.
 *
 * @param id the id
 * @param firstName the first name
 * @param lastName the last name
 * @param company the company
 * @param title the job title
 * @param email the email address
 * @param phoneNumber the phone number
 * @param website the website
 * @param other any other data
 * @param facebook the Facebook profile
 * @param twitter the Twitter profile
 * @param linkedIn the LinkedIn profile
 * @param salesforceId the Salesforce id
 * @param createdAt when the host created the person
 * @param updatedAt when the host last updated the person
 */
public record PersonParts(PersonId id, String firstName, String lastName, String company, String title,
        String email, String phoneNumber, String website, String other, String facebook, String twitter,
        String linkedIn, String salesforceId, Instant createdAt, Instant updatedAt) {

    /**
     * Takes the parts of a person.
     *
     * @param person the person, not null
     * @return its parts
     */
    public static PersonParts of(Person person) {
        return new PersonParts(person.id(), person.firstName().orElse(null), person.lastName().orElse(null),
                person.company().orElse(null), person.title().orElse(null), person.email().orElse(null),
                person.phoneNumber().orElse(null), person.website().orElse(null), person.other().orElse(null),
                person.facebook().orElse(null), person.twitter().orElse(null), person.linkedIn().orElse(null),
                person.salesforceId().orElse(null), person.createdAt(), person.updatedAt());
    }

    /**
     * Fills a builder with every part.
     *
     * @return the builder
     */
    public Person.Builder toBuilder() {
        return Person.builder().id(id).firstName(firstName).lastName(lastName).company(company).title(title)
                .email(email).phoneNumber(phoneNumber).website(website).other(other).facebook(facebook)
                .twitter(twitter).linkedIn(linkedIn).salesforceId(salesforceId)
                .createdAt(createdAt).updatedAt(updatedAt);
    }

    /**
     * Builds the person.
     *
     * @return the person
     * @throws ViolationException listing every broken rule
     */
    public Person build() {
        return toBuilder().build();
    }

    /**
     * Returns the id and the instants; the personal values print as {@code ***}.
     *
     * @return the text
     */
    @Override
    public String toString() {
        return "PersonParts{id=" + id + ", personal values=***, createdAt=" + createdAt + ", updatedAt="
                + updatedAt + "}";
    }
}
