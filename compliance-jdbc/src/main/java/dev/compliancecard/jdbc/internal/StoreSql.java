package dev.compliancecard.jdbc.internal;

import java.util.StringJoiner;

/**
 * The SQL text of one store, built once from its dialect and checked table prefix. Every value
 * is a bind parameter; the only text put into statements is the prefix, checked by
 * {@link TablePrefix}, and the library's own names.
 *
 * <p>Immutable and thread-safe.
 */
public final class StoreSql {

    /** The most ids one IN list binds; well below PostgreSQL's 65,535 parameters. */
    static final int MAX_IN_LIST = 1024;

    private static final String PERSON_COLUMNS = "person_id, first_name, last_name, company, title, email,"
            + " email_normalized, phone_number, website, other_data, facebook, twitter, linkedin,"
            + " salesforce_id, created_at, updated_at";
    private static final String CARD_COLUMNS = "person_id, authorization_type, consent_date, purpose,"
            + " authorization_note, source_type, source_note, version, changed_at, changed_by";

    final Dialect dialect;
    final TablePrefix prefix;
    final String personTable;
    final String cardTable;
    final String auditTable;
    final String subscriptionTable;
    final String suppressionTable;

    final String insertPerson;
    final String updatePerson;
    final String selectPerson;
    final String deletePerson;
    final String countPersons;

    final String insertCard;
    final String updateCard;
    final String selectCard;
    final String selectCardVersion;
    final String deleteCard;
    final String countByAuthorization;

    final String insertAudit;
    final String selectAudit;

    final String insertSubscription;
    final String selectSubscriptions;
    final String deleteSubscriptions;

    final String insertSuppression;
    final String selectSuppression;

    /**
     * Builds the SQL of a store.
     *
     * @param dialect the database
     * @param prefix the checked table prefix
     */
    public StoreSql(Dialect dialect, TablePrefix prefix) {
        this.dialect = dialect;
        this.prefix = prefix;
        personTable = prefix.name("person");
        cardTable = prefix.name("card");
        auditTable = prefix.name("audit_record");
        subscriptionTable = prefix.name("subscription_event");
        suppressionTable = prefix.name("suppression");

        insertPerson = "INSERT INTO " + personTable + " (" + PERSON_COLUMNS + ") VALUES ("
                + parameters(16) + ")";
        updatePerson = "UPDATE " + personTable + " SET first_name = ?, last_name = ?, company = ?, title = ?,"
                + " email = ?, email_normalized = ?, phone_number = ?, website = ?, other_data = ?,"
                + " facebook = ?, twitter = ?, linkedin = ?, salesforce_id = ?, created_at = ?, updated_at = ?"
                + " WHERE person_id = ?";
        selectPerson = "SELECT " + PERSON_COLUMNS + " FROM " + personTable + " WHERE person_id = ?";
        deletePerson = "DELETE FROM " + personTable + " WHERE person_id = ?";
        countPersons = "SELECT COUNT(*) FROM " + personTable;

        insertCard = "INSERT INTO " + cardTable + " (" + CARD_COLUMNS + ") VALUES (" + parameters(10) + ")";
        updateCard = "UPDATE " + cardTable + " SET authorization_type = ?, consent_date = ?, purpose = ?,"
                + " authorization_note = ?, source_type = ?, source_note = ?, version = ?, changed_at = ?,"
                + " changed_by = ? WHERE person_id = ? AND version = ?";
        selectCard = "SELECT " + CARD_COLUMNS + " FROM " + cardTable + " WHERE person_id = ?";
        selectCardVersion = "SELECT version FROM " + cardTable + " WHERE person_id = ?";
        deleteCard = "DELETE FROM " + cardTable + " WHERE person_id = ?";
        countByAuthorization = "SELECT authorization_type, COUNT(*) FROM " + cardTable
                + " WHERE authorization_type IS NOT NULL GROUP BY authorization_type";

        insertAudit = "INSERT INTO " + auditTable + " (person_id, occurred_at, actor_id, audit_action,"
                + " before_value, after_value) VALUES (?, ?, ?, ?, ?, ?)";
        selectAudit = "SELECT person_id, occurred_at, actor_id, audit_action, before_value, after_value FROM "
                + auditTable + " WHERE person_id = ? ORDER BY record_id";

        insertSubscription = "INSERT INTO " + subscriptionTable + " (person_id, status, channel, actor_id,"
                + " occurred_at, evidence) VALUES (?, ?, ?, ?, ?, ?)";
        selectSubscriptions = "SELECT person_id, status, channel, actor_id, occurred_at, evidence FROM "
                + subscriptionTable + " WHERE person_id = ? ORDER BY event_id";
        deleteSubscriptions = "DELETE FROM " + subscriptionTable + " WHERE person_id = ?";

        insertSuppression = dialect.insertIfAbsent(suppressionTable, "email_hash", "suppressed_since");
        selectSuppression = "SELECT email_hash, suppressed_since FROM " + suppressionTable
                + " WHERE email_hash = ?";
    }

    /**
     * Returns the select of the cards of {@code count} persons.
     *
     * @param count how many ids the IN list binds, 1 to {@value #MAX_IN_LIST}
     * @return the SQL
     */
    String selectCardsIn(int count) {
        return "SELECT " + CARD_COLUMNS + " FROM " + cardTable
                + " WHERE person_id IN (" + parameters(count) + ")";
    }

    /**
     * Returns the select of the cards of {@code count} persons that locks their rows, in person
     * id order, until the transaction ends.
     *
     * @param count how many ids the IN list binds, 1 to {@value #MAX_IN_LIST}
     * @return the SQL
     */
    String lockCardsIn(int count) {
        return selectCardsIn(count) + " ORDER BY person_id FOR UPDATE";
    }

    /**
     * Returns how long an IN list of {@code count} ids is made: the next power of two, so that
     * few distinct statements reach the database's statement cache.
     */
    static int inListSize(int count) {
        if (count <= 1) {
            return 1;
        }
        return Math.min(MAX_IN_LIST, Integer.highestOneBit(count - 1) << 1);
    }

    private static String parameters(int count) {
        StringJoiner joiner = new StringJoiner(", ");
        for (int i = 0; i < count; i++) {
            joiner.add("?");
        }
        return joiner.toString();
    }
}
