package dev.compliancecard.person;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Objects;
import java.util.Optional;

import org.immutables.value.Value;

import dev.compliancecard.internal.Rules;
import dev.compliancecard.internal.ValueStyle;
import dev.compliancecard.rules.BoundedText;
import dev.compliancecard.rules.EmailAddress;
import dev.compliancecard.rules.Required;
import dev.compliancecard.rules.SalesforceId;
import dev.compliancecard.rules.StorableInstant;
import dev.compliancecard.rules.ViolationException;

/**
 * The personal data a host holds about one contact, as far as the library sees it.
 *
 * <p>Every text field is optional, free text in any script, bounded and free of control
 * characters ({@link #other()} may hold line breaks). An absent value is null (or an empty
 * {@code Optional}); a present value that is blank (empty or white space only, the no-break
 * spaces included) is refused as {@code text.blank}, so that absence has one form only.
 * {@link #createdAt()} and {@link #updatedAt()} must lie between {@code 1970-01-01T00:00:00Z} and
 * {@code 9999-12-31T23:59:59.999999Z} ({@code time.range}), the range every store keeps; an
 * update before the creation is accepted, since hosts' records, migrated ones especially, hold
 * such pairs. Personal values never appear in
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
    @Required
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
    @Required
    @StorableInstant
    public abstract Instant createdAt();

    /**
     * Returns when the host last updated the person.
     *
     * @return the instant, never null
     */
    @Required
    @StorableInstant
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
     * {@code build()} throws {@link ViolationException} listing every missing attribute and every
     * field that breaks a rule, without showing any value.
     *
     * @return a new builder
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Builds a {@link Person}. Every setter accepts null for an absent or unknown value; nothing
     * is checked before {@link #build()}, which reports every broken rule at once. Not
     * thread-safe; use one builder per thread.
     */
    public static final class Builder {

        private PersonId id;
        private String firstName;
        private String lastName;
        private String company;
        private String title;
        private String email;
        private String phoneNumber;
        private String website;
        private String other;
        private String facebook;
        private String twitter;
        private String linkedIn;
        private String salesforceId;
        private Instant createdAt;
        private Instant updatedAt;

        Builder() {
        }

        /**
         * Copies every attribute of a person, absent ones included, so that a changed copy can
         * be built.
         *
         * @param person the person to copy, not null
         * @return this builder
         * @throws NullPointerException if person is null
         */
        public Builder from(Person person) {
            Objects.requireNonNull(person, "person");
            id = person.id();
            firstName = person.firstName().orElse(null);
            lastName = person.lastName().orElse(null);
            company = person.company().orElse(null);
            title = person.title().orElse(null);
            email = person.email().orElse(null);
            phoneNumber = person.phoneNumber().orElse(null);
            website = person.website().orElse(null);
            other = person.other().orElse(null);
            facebook = person.facebook().orElse(null);
            twitter = person.twitter().orElse(null);
            linkedIn = person.linkedIn().orElse(null);
            salesforceId = person.salesforceId().orElse(null);
            createdAt = person.createdAt();
            updatedAt = person.updatedAt();
            return this;
        }

        /**
         * Sets the id. Required.
         *
         * @param id the id; null is reported by {@link #build()}
         * @return this builder
         */
        public Builder id(PersonId id) {
            this.id = id;
            return this;
        }

        /**
         * Sets the first name.
         *
         * @param firstName the value, or null if absent
         * @return this builder
         */
        public Builder firstName(String firstName) {
            this.firstName = firstName;
            return this;
        }

        /**
         * Sets the first name.
         *
         * @param firstName the value, or empty (or null) if absent
         * @return this builder
         */
        public Builder firstName(Optional<String> firstName) {
            this.firstName = firstName == null ? null : firstName.orElse(null);
            return this;
        }

        /**
         * Sets the last name.
         *
         * @param lastName the value, or null if absent
         * @return this builder
         */
        public Builder lastName(String lastName) {
            this.lastName = lastName;
            return this;
        }

        /**
         * Sets the last name.
         *
         * @param lastName the value, or empty (or null) if absent
         * @return this builder
         */
        public Builder lastName(Optional<String> lastName) {
            this.lastName = lastName == null ? null : lastName.orElse(null);
            return this;
        }

        /**
         * Sets the company.
         *
         * @param company the value, or null if absent
         * @return this builder
         */
        public Builder company(String company) {
            this.company = company;
            return this;
        }

        /**
         * Sets the company.
         *
         * @param company the value, or empty (or null) if absent
         * @return this builder
         */
        public Builder company(Optional<String> company) {
            this.company = company == null ? null : company.orElse(null);
            return this;
        }

        /**
         * Sets the job title.
         *
         * @param title the value, or null if absent
         * @return this builder
         */
        public Builder title(String title) {
            this.title = title;
            return this;
        }

        /**
         * Sets the job title.
         *
         * @param title the value, or empty (or null) if absent
         * @return this builder
         */
        public Builder title(Optional<String> title) {
            this.title = title == null ? null : title.orElse(null);
            return this;
        }

        /**
         * Sets the email address.
         *
         * @param email the value, or null if absent
         * @return this builder
         */
        public Builder email(String email) {
            this.email = email;
            return this;
        }

        /**
         * Sets the email address.
         *
         * @param email the value, or empty (or null) if absent
         * @return this builder
         */
        public Builder email(Optional<String> email) {
            this.email = email == null ? null : email.orElse(null);
            return this;
        }

        /**
         * Sets the phone number.
         *
         * @param phoneNumber the value, or null if absent
         * @return this builder
         */
        public Builder phoneNumber(String phoneNumber) {
            this.phoneNumber = phoneNumber;
            return this;
        }

        /**
         * Sets the phone number.
         *
         * @param phoneNumber the value, or empty (or null) if absent
         * @return this builder
         */
        public Builder phoneNumber(Optional<String> phoneNumber) {
            this.phoneNumber = phoneNumber == null ? null : phoneNumber.orElse(null);
            return this;
        }

        /**
         * Sets the website.
         *
         * @param website the value, or null if absent
         * @return this builder
         */
        public Builder website(String website) {
            this.website = website;
            return this;
        }

        /**
         * Sets the website.
         *
         * @param website the value, or empty (or null) if absent
         * @return this builder
         */
        public Builder website(Optional<String> website) {
            this.website = website == null ? null : website.orElse(null);
            return this;
        }

        /**
         * Sets any other data.
         *
         * @param other the value, or null if absent
         * @return this builder
         */
        public Builder other(String other) {
            this.other = other;
            return this;
        }

        /**
         * Sets any other data.
         *
         * @param other the value, or empty (or null) if absent
         * @return this builder
         */
        public Builder other(Optional<String> other) {
            this.other = other == null ? null : other.orElse(null);
            return this;
        }

        /**
         * Sets the Facebook profile URL or handle.
         *
         * @param facebook the value, or null if absent
         * @return this builder
         */
        public Builder facebook(String facebook) {
            this.facebook = facebook;
            return this;
        }

        /**
         * Sets the Facebook profile URL or handle.
         *
         * @param facebook the value, or empty (or null) if absent
         * @return this builder
         */
        public Builder facebook(Optional<String> facebook) {
            this.facebook = facebook == null ? null : facebook.orElse(null);
            return this;
        }

        /**
         * Sets the Twitter profile URL or handle.
         *
         * @param twitter the value, or null if absent
         * @return this builder
         */
        public Builder twitter(String twitter) {
            this.twitter = twitter;
            return this;
        }

        /**
         * Sets the Twitter profile URL or handle.
         *
         * @param twitter the value, or empty (or null) if absent
         * @return this builder
         */
        public Builder twitter(Optional<String> twitter) {
            this.twitter = twitter == null ? null : twitter.orElse(null);
            return this;
        }

        /**
         * Sets the LinkedIn profile URL or handle.
         *
         * @param linkedIn the value, or null if absent
         * @return this builder
         */
        public Builder linkedIn(String linkedIn) {
            this.linkedIn = linkedIn;
            return this;
        }

        /**
         * Sets the LinkedIn profile URL or handle.
         *
         * @param linkedIn the value, or empty (or null) if absent
         * @return this builder
         */
        public Builder linkedIn(Optional<String> linkedIn) {
            this.linkedIn = linkedIn == null ? null : linkedIn.orElse(null);
            return this;
        }

        /**
         * Sets the Salesforce id.
         *
         * @param salesforceId the value, or null if absent
         * @return this builder
         */
        public Builder salesforceId(String salesforceId) {
            this.salesforceId = salesforceId;
            return this;
        }

        /**
         * Sets the Salesforce id.
         *
         * @param salesforceId the value, or empty (or null) if absent
         * @return this builder
         */
        public Builder salesforceId(Optional<String> salesforceId) {
            this.salesforceId = salesforceId == null ? null : salesforceId.orElse(null);
            return this;
        }

        /**
         * Sets when the host created the person. Required.
         *
         * @param createdAt the instant; null is reported by {@link #build()}
         * @return this builder
         */
        public Builder createdAt(Instant createdAt) {
            this.createdAt = createdAt;
            return this;
        }

        /**
         * Sets when the host last updated the person. Required.
         *
         * @param updatedAt the instant; null is reported by {@link #build()}
         * @return this builder
         */
        public Builder updatedAt(Instant updatedAt) {
            this.updatedAt = updatedAt;
            return this;
        }

        /**
         * Builds the person. The builder stays usable. Instants are cut to the microsecond, the
         * finest precision every store keeps, so that a person reads back as it was built.
         *
         * @return the person
         * @throws ViolationException listing every broken rule at once, a missing id, creation or
         *     update instant included; it names fields and rules but never shows a value
         */
        public Person build() {
            if (id == null || createdAt == null || updatedAt == null) {
                Rules.rejectProperties(Person.class, "Person",
                        Rules.property("id", id),
                        Rules.property("firstName", Optional.ofNullable(firstName)),
                        Rules.property("lastName", Optional.ofNullable(lastName)),
                        Rules.property("company", Optional.ofNullable(company)),
                        Rules.property("title", Optional.ofNullable(title)),
                        Rules.property("email", Optional.ofNullable(email)),
                        Rules.property("phoneNumber", Optional.ofNullable(phoneNumber)),
                        Rules.property("website", Optional.ofNullable(website)),
                        Rules.property("other", Optional.ofNullable(other)),
                        Rules.property("facebook", Optional.ofNullable(facebook)),
                        Rules.property("twitter", Optional.ofNullable(twitter)),
                        Rules.property("linkedIn", Optional.ofNullable(linkedIn)),
                        Rules.property("salesforceId", Optional.ofNullable(salesforceId)),
                        Rules.property("createdAt", createdAt),
                        Rules.property("updatedAt", updatedAt));
            }
            return new ImmutablePerson.Builder()
                    .id(id)
                    .firstName(Optional.ofNullable(firstName))
                    .lastName(Optional.ofNullable(lastName))
                    .company(Optional.ofNullable(company))
                    .title(Optional.ofNullable(title))
                    .email(Optional.ofNullable(email))
                    .phoneNumber(Optional.ofNullable(phoneNumber))
                    .website(Optional.ofNullable(website))
                    .other(Optional.ofNullable(other))
                    .facebook(Optional.ofNullable(facebook))
                    .twitter(Optional.ofNullable(twitter))
                    .linkedIn(Optional.ofNullable(linkedIn))
                    .salesforceId(Optional.ofNullable(salesforceId))
                    .createdAt(createdAt.truncatedTo(ChronoUnit.MICROS))
                    .updatedAt(updatedAt.truncatedTo(ChronoUnit.MICROS))
                    .build();
        }
    }

    @Value.Check
    void check() {
        Rules.requireValid(this, "Person");
    }
}
