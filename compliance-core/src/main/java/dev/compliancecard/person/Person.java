package dev.compliancecard.person;

import java.time.Instant;
import java.util.Optional;

import org.immutables.value.Value;

import dev.compliancecard.internal.Rules;
import dev.compliancecard.internal.ValueStyle;
import dev.compliancecard.rules.BoundedText;
import dev.compliancecard.rules.EmailAddress;
import dev.compliancecard.rules.SalesforceId;
import dev.compliancecard.rules.ViolationException;

/**
 * The personal data a host holds about one contact, as far as the library sees it.
 *
 * <p>Every text field is optional, free text in any script, bounded and free of control
 * characters ({@link #other()} may hold line breaks). Personal values never appear in
 * {@link #toString()} or in any exception message: they print as {@code ***}.
 *
 * <p>Build with {@link #builder()}; setters accept null for an absent value. Instances are
 * immutable and thread-safe.
 */
// Immutables' annotations are compile-time only; hosts need not read their module.
@SuppressWarnings("exports")
@Value.Immutable
@ValueStyle
public abstract class Person {

    /** The bound of names, company and title, in code points. */
    public static final int MAX_NAME_LENGTH = 255;
    /** The bound of phone numbers, in code points. */
    public static final int MAX_PHONE_LENGTH = 64;
    /** The bound of URLs and handles, in code points. */
    public static final int MAX_URL_LENGTH = 2048;
    /** The bound of the free "other" field, in code points. */
    public static final int MAX_OTHER_LENGTH = 4000;

    Person() {
    }

    /**
     * Returns the host's stable id of the person.
     *
     * @return the id, never null
     */
    public abstract PersonId id();

    /**
     * Returns the first name; personal data.
     *
     * @return the first name, empty if absent
     */
    @Value.Redacted
    public abstract Optional<@BoundedText(max = MAX_NAME_LENGTH) String> firstName();

    /**
     * Returns the last name; personal data.
     *
     * @return the last name, empty if absent
     */
    @Value.Redacted
    public abstract Optional<@BoundedText(max = MAX_NAME_LENGTH) String> lastName();

    /**
     * Returns the company the person works for; personal data.
     *
     * @return the company, empty if absent
     */
    @Value.Redacted
    public abstract Optional<@BoundedText(max = MAX_NAME_LENGTH) String> company();

    /**
     * Returns the job title; personal data.
     *
     * @return the job title, empty if absent
     */
    @Value.Redacted
    public abstract Optional<@BoundedText(max = MAX_NAME_LENGTH) String> title();

    /**
     * Returns the email address as given; compare with {@link #normalizedEmail()}.
     *
     * @return the email address
     */
    @Value.Redacted
    public abstract Optional<@EmailAddress String> email();

    /**
     * Returns the phone number, in whatever style the host keeps; personal data.
     *
     * @return the phone number, empty if absent
     */
    @Value.Redacted
    public abstract Optional<@BoundedText(max = MAX_PHONE_LENGTH) String> phoneNumber();

    /**
     * Returns the website; personal data.
     *
     * @return the website, empty if absent
     */
    @Value.Redacted
    public abstract Optional<@BoundedText(max = MAX_URL_LENGTH) String> website();

    /**
     * Returns any other data the host keeps, which may span lines; personal data.
     *
     * @return the other data, empty if absent
     */
    @Value.Redacted
    public abstract Optional<@BoundedText(max = MAX_OTHER_LENGTH, multiline = true) String> other();

    /**
     * Returns the Facebook profile URL or handle; personal data.
     *
     * @return the Facebook profile, empty if absent
     */
    @Value.Redacted
    public abstract Optional<@BoundedText(max = MAX_URL_LENGTH) String> facebook();

    /**
     * Returns the Twitter profile URL or handle; personal data.
     *
     * @return the Twitter profile, empty if absent
     */
    @Value.Redacted
    public abstract Optional<@BoundedText(max = MAX_URL_LENGTH) String> twitter();

    /**
     * Returns the LinkedIn profile URL or handle; personal data.
     *
     * @return the LinkedIn profile, empty if absent
     */
    @Value.Redacted
    public abstract Optional<@BoundedText(max = MAX_URL_LENGTH) String> linkedIn();

    /**
     * Returns the id of the person's record in Salesforce: 15 or 18 ASCII letters and digits.
     *
     * @return the Salesforce id, empty if absent
     */
    @Value.Redacted
    public abstract Optional<@SalesforceId String> salesforceId();

    /**
     * Returns when the host created the person.
     *
     * @return the instant, never null
     */
    public abstract Instant createdAt();

    /**
     * Returns when the host last updated the person.
     *
     * @return the instant, never null
     */
    public abstract Instant updatedAt();

    /**
     * Returns the email address as the library compares it: trimmed and lower-cased.
     *
     * @return the normalised email address
     */
    public Optional<String> normalizedEmail() {
        return email().map(Emails::normalize);
    }

    /**
     * Starts a person. {@code id}, {@code createdAt} and {@code updatedAt} must be set;
     * {@code build()} throws {@link IllegalStateException} naming any that is not, and
     * {@link ViolationException} listing every field that breaks a rule.
     *
     * @return a new builder
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Builds a {@link Person}. Not thread-safe; use one builder per thread.
     */
    public static final class Builder extends ImmutablePerson.Builder {
        Builder() {
        }
    }

    @Value.Check
    void check() {
        Rules.requireValid(this, "Person");
    }
}
