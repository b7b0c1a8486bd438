package dev.compliancecard.csv;

import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

import dev.compliancecard.person.Person;

/**
 * The sixteen columns of a person's CSV export, in the order they are written. The order and
 * the header texts are part of the contract and never change.
 */
public enum PersonColumn {
    /** The first name. */
    FIRST_NAME("First Name"),
    /** The last name. */
    LAST_NAME("Last Name"),
    /** The company. */
    COMPANY("Company"),
    /** The job title. */
    TITLE("Title"),
    /** The email address, as the host gave it. */
    EMAIL("Email ID"),
    /** The phone number. */
    PHONE_NUMBER("Phone Number"),
    /** The website. */
    WEBSITE("Website"),
    /** Any other data; may span lines. */
    OTHER("Other"),
    /** When the host last updated the person, ISO-8601 in UTC. */
    UPDATED_AT("Updated At"),
    /** When the host created the person, ISO-8601 in UTC. */
    CREATED_AT("Created At"),
    /** The Salesforce id. */
    SALESFORCE_ID("Salesforce ID"),
    /** The host's id of the person. */
    PERSON_ID("Person ID"),
    /** The Facebook profile. */
    FACEBOOK("Facebook"),
    /** The Twitter profile. */
    TWITTER("Twitter"),
    /** The LinkedIn profile. */
    LINKED_IN("LinkedIn"),
    /** When the export was made, ISO-8601 in UTC, from the library's clock. */
    EXPORTED_AT("Exported At");

    private static final List<String> HEADERS = Arrays.stream(values()).map(PersonColumn::header).toList();

    private final String header;

    PersonColumn(String header) {
        this.header = header;
    }

    /**
     * Returns the text of this column in the header line, such as {@code "Email ID"}.
     *
     * @return the header text, never null
     */
    public String header() {
        return header;
    }

    /**
     * Returns the header line: every column's header text, in export order.
     *
     * @return the sixteen header texts, unmodifiable
     */
    public static List<String> headers() {
        return HEADERS;
    }

    /**
     * Returns this column's raw value for a person, before formula neutralisation.
     *
     * @param person the person
     * @param exportedAt when the export was made
     * @return the value, empty text where the person has none
     */
    String cellOf(Person person, Instant exportedAt) {
        return switch (this) {
            case FIRST_NAME -> text(person.firstName());
            case LAST_NAME -> text(person.lastName());
            case COMPANY -> text(person.company());
            case TITLE -> text(person.title());
            case EMAIL -> text(person.email());
            case PHONE_NUMBER -> text(person.phoneNumber());
            case WEBSITE -> text(person.website());
            case OTHER -> text(person.other());
            case UPDATED_AT -> person.updatedAt().toString();
            case CREATED_AT -> person.createdAt().toString();
            case SALESFORCE_ID -> text(person.salesforceId());
            case PERSON_ID -> person.id().value();
            case FACEBOOK -> text(person.facebook());
            case TWITTER -> text(person.twitter());
            case LINKED_IN -> text(person.linkedIn());
            case EXPORTED_AT -> exportedAt.toString();
        };
    }

    private static String text(Optional<String> value) {
        return value.orElse("");
    }
}
