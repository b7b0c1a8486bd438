package dev.compliancecard.csv;

import java.util.Arrays;
import java.util.Collections;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Which columns of a contacts CSV feed which field of a {@link dev.compliancecard.person.Person}.
 *
 * <pre>{@code
 * ContactMapping mapping = ContactMapping.builder()
 *         .id("id")
 *         .firstName("first_name")
 *         .lastName("last_name")
 *         .company("company_name")
 *         .email("email_work", "email_home", "email_other")
 *         .createdAt("first_seen")
 *         .build();
 * }</pre>
 *
 * <p>Each field is fed by one column or by several, of which the first non-blank one wins
 * (such as a work, then a home, then another email address). Values are taken with surrounding
 * white space removed; a blank value counts as absent. Only the id must be mapped. An unmapped
 * text field stays empty; an unmapped {@code createdAt} or {@code updatedAt}, or one whose
 * columns are all blank, takes the time of the import from the library's clock.
 *
 * <p>Column names are matched exactly, case included, against the header line of the file.
 * Instances are immutable and thread-safe.
 */
public final class ContactMapping {

    /** The person fields a mapping can feed, with their names in rejection reasons. */
    enum Field {
        ID("personId"),
        FIRST_NAME("person.firstName"),
        LAST_NAME("person.lastName"),
        COMPANY("person.company"),
        TITLE("person.title"),
        EMAIL("person.email"),
        PHONE_NUMBER("person.phoneNumber"),
        WEBSITE("person.website"),
        OTHER("person.other"),
        FACEBOOK("person.facebook"),
        TWITTER("person.twitter"),
        LINKED_IN("person.linkedIn"),
        SALESFORCE_ID("person.salesforceId"),
        CREATED_AT("person.createdAt"),
        UPDATED_AT("person.updatedAt");

        private final String path;

        Field(String path) {
            this.path = path;
        }

        String path() {
            return path;
        }
    }

    private final Map<Field, List<String>> columns;

    private ContactMapping(Map<Field, List<String>> columns) {
        this.columns = Collections.unmodifiableMap(new EnumMap<>(columns));
    }

    /**
     * Starts a mapping.
     *
     * @return a new builder
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Returns every column the mapping names, each once, in the order of the person's fields.
     * A file must have all of them in its header.
     *
     * @return the column names, unmodifiable
     */
    public Set<String> columnNames() {
        Set<String> names = new LinkedHashSet<>();
        columns.values().forEach(names::addAll);
        return Collections.unmodifiableSet(names);
    }

    List<String> columnsOf(Field field) {
        return columns.getOrDefault(field, List.of());
    }

    @Override
    public String toString() {
        return "ContactMapping" + columns;
    }

    /**
     * Builds a {@link ContactMapping}. Each field may be mapped once; a second call for the same
     * field is refused. Not thread-safe.
     */
    public static final class Builder {

        private final Map<Field, List<String>> columns = new EnumMap<>(Field.class);

        private Builder() {
        }

        /**
         * Maps the person id. Required.
         *
         * @param names the columns, first non-blank wins
         * @return this builder
         * @throws NullPointerException if names or a name is null; the message names it, such as
         *     {@code names[1]}
         * @throws IllegalArgumentException if no name is given or a name is blank
         * @throws IllegalStateException if the field is mapped already
         */
        public Builder id(String... names) {
            return map(Field.ID, names);
        }

        /**
         * Maps the first name.
         *
         * @param names the columns, first non-blank wins
         * @return this builder
         * @throws NullPointerException if names or a name is null; the message names it, such as
         *     {@code names[1]}
         * @throws IllegalArgumentException if no name is given or a name is blank
         * @throws IllegalStateException if the field is mapped already
         */
        public Builder firstName(String... names) {
            return map(Field.FIRST_NAME, names);
        }

        /**
         * Maps the last name.
         *
         * @param names the columns, first non-blank wins
         * @return this builder
         * @throws NullPointerException if names or a name is null; the message names it, such as
         *     {@code names[1]}
         * @throws IllegalArgumentException if no name is given or a name is blank
         * @throws IllegalStateException if the field is mapped already
         */
        public Builder lastName(String... names) {
            return map(Field.LAST_NAME, names);
        }

        /**
         * Maps the company.
         *
         * @param names the columns, first non-blank wins
         * @return this builder
         * @throws NullPointerException if names or a name is null; the message names it, such as
         *     {@code names[1]}
         * @throws IllegalArgumentException if no name is given or a name is blank
         * @throws IllegalStateException if the field is mapped already
         */
        public Builder company(String... names) {
            return map(Field.COMPANY, names);
        }

        /**
         * Maps the job title.
         *
         * @param names the columns, first non-blank wins
         * @return this builder
         * @throws NullPointerException if names or a name is null; the message names it, such as
         *     {@code names[1]}
         * @throws IllegalArgumentException if no name is given or a name is blank
         * @throws IllegalStateException if the field is mapped already
         */
        public Builder title(String... names) {
            return map(Field.TITLE, names);
        }

        /**
         * Maps the email address.
         *
         * @param names the columns, first non-blank wins, such as work, home, other
         * @return this builder
         * @throws NullPointerException if names or a name is null; the message names it, such as
         *     {@code names[1]}
         * @throws IllegalArgumentException if no name is given or a name is blank
         * @throws IllegalStateException if the field is mapped already
         */
        public Builder email(String... names) {
            return map(Field.EMAIL, names);
        }

        /**
         * Maps the phone number.
         *
         * @param names the columns, first non-blank wins
         * @return this builder
         * @throws NullPointerException if names or a name is null; the message names it, such as
         *     {@code names[1]}
         * @throws IllegalArgumentException if no name is given or a name is blank
         * @throws IllegalStateException if the field is mapped already
         */
        public Builder phoneNumber(String... names) {
            return map(Field.PHONE_NUMBER, names);
        }

        /**
         * Maps the website.
         *
         * @param names the columns, first non-blank wins
         * @return this builder
         * @throws NullPointerException if names or a name is null; the message names it, such as
         *     {@code names[1]}
         * @throws IllegalArgumentException if no name is given or a name is blank
         * @throws IllegalStateException if the field is mapped already
         */
        public Builder website(String... names) {
            return map(Field.WEBSITE, names);
        }

        /**
         * Maps the free "other" field.
         *
         * @param names the columns, first non-blank wins
         * @return this builder
         * @throws NullPointerException if names or a name is null; the message names it, such as
         *     {@code names[1]}
         * @throws IllegalArgumentException if no name is given or a name is blank
         * @throws IllegalStateException if the field is mapped already
         */
        public Builder other(String... names) {
            return map(Field.OTHER, names);
        }

        /**
         * Maps the Facebook profile.
         *
         * @param names the columns, first non-blank wins
         * @return this builder
         * @throws NullPointerException if names or a name is null; the message names it, such as
         *     {@code names[1]}
         * @throws IllegalArgumentException if no name is given or a name is blank
         * @throws IllegalStateException if the field is mapped already
         */
        public Builder facebook(String... names) {
            return map(Field.FACEBOOK, names);
        }

        /**
         * Maps the Twitter profile.
         *
         * @param names the columns, first non-blank wins
         * @return this builder
         * @throws NullPointerException if names or a name is null; the message names it, such as
         *     {@code names[1]}
         * @throws IllegalArgumentException if no name is given or a name is blank
         * @throws IllegalStateException if the field is mapped already
         */
        public Builder twitter(String... names) {
            return map(Field.TWITTER, names);
        }

        /**
         * Maps the LinkedIn profile.
         *
         * @param names the columns, first non-blank wins
         * @return this builder
         * @throws NullPointerException if names or a name is null; the message names it, such as
         *     {@code names[1]}
         * @throws IllegalArgumentException if no name is given or a name is blank
         * @throws IllegalStateException if the field is mapped already
         */
        public Builder linkedIn(String... names) {
            return map(Field.LINKED_IN, names);
        }

        /**
         * Maps the Salesforce id.
         *
         * @param names the columns, first non-blank wins
         * @return this builder
         * @throws NullPointerException if names or a name is null; the message names it, such as
         *     {@code names[1]}
         * @throws IllegalArgumentException if no name is given or a name is blank
         * @throws IllegalStateException if the field is mapped already
         */
        public Builder salesforceId(String... names) {
            return map(Field.SALESFORCE_ID, names);
        }

        /**
         * Maps when the host created the person: an ISO-8601 date-time with an offset (such as
         * {@code 2024-08-13T18:04:34.666+00:00} or {@code ...Z}), a date-time without one (read
         * as UTC) or a date (its start in UTC). Unmapped or blank: the time of the import.
         *
         * @param names the columns, first non-blank wins
         * @return this builder
         * @throws NullPointerException if names or a name is null; the message names it, such as
         *     {@code names[1]}
         * @throws IllegalArgumentException if no name is given or a name is blank
         * @throws IllegalStateException if the field is mapped already
         */
        public Builder createdAt(String... names) {
            return map(Field.CREATED_AT, names);
        }

        /**
         * Maps when the host last updated the person, in the forms {@link #createdAt} reads.
         * Unmapped or blank: the time of the import.
         *
         * @param names the columns, first non-blank wins
         * @return this builder
         * @throws NullPointerException if names or a name is null; the message names it, such as
         *     {@code names[1]}
         * @throws IllegalArgumentException if no name is given or a name is blank
         * @throws IllegalStateException if the field is mapped already
         */
        public Builder updatedAt(String... names) {
            return map(Field.UPDATED_AT, names);
        }

        /**
         * Builds the mapping.
         *
         * @return the mapping
         * @throws IllegalStateException if the id is not mapped
         */
        public ContactMapping build() {
            if (!columns.containsKey(Field.ID)) {
                throw new IllegalStateException("The id column is required: call id(...) before build()");
            }
            return new ContactMapping(columns);
        }

        private Builder map(Field field, String... names) {
            Objects.requireNonNull(names, "names");
            if (names.length == 0) {
                throw new IllegalArgumentException("Name at least one column for " + field.path());
            }
            for (int i = 0; i < names.length; i++) {
                String name = Objects.requireNonNull(names[i], "names[" + i + "]");
                if (name.isBlank()) {
                    throw new IllegalArgumentException("A column name for " + field.path() + " is blank");
                }
            }
            List<String> already = columns.get(field);
            if (already != null) {
                throw new IllegalStateException(field.path() + " is mapped already, to " + already);
            }
            columns.put(field, List.copyOf(Arrays.asList(names)));
            return this;
        }
    }
}
