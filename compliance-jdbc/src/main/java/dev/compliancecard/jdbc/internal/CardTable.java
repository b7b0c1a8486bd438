package dev.compliancecard.jdbc.internal;

import static dev.compliancecard.jdbc.internal.JdbcTransaction.setDate;
import static dev.compliancecard.jdbc.internal.JdbcTransaction.setText;
import static dev.compliancecard.jdbc.internal.SqlFailures.person;
import static dev.compliancecard.jdbc.internal.SqlFailures.persons;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

import dev.compliancecard.StoreException;
import dev.compliancecard.VersionConflictException;
import dev.compliancecard.card.Authorization;
import dev.compliancecard.card.AuthorizationType;
import dev.compliancecard.card.ComplianceCard;
import dev.compliancecard.card.Source;
import dev.compliancecard.card.SourceType;
import dev.compliancecard.person.PersonId;
import dev.compliancecard.spi.CardRepository;

/**
 * Cards in the {@code card} table. Many cards are read (and locked, with {@code FOR UPDATE}) with
 * IN lists of at most {@value StoreSql#MAX_IN_LIST} ids and changed with JDBC batches of at most
 * {@value #BATCH_SIZE} statements, in person id order so that concurrent writers lock rows in the
 * same order.
 */
final class CardTable implements CardRepository {

    /** The most statements one JDBC batch sends. */
    static final int BATCH_SIZE = 1000;

    private final JdbcTransaction tx;

    CardTable(JdbcTransaction tx) {
        this.tx = tx;
    }

    @Override
    public void insert(ComplianceCard card) {
        Objects.requireNonNull(card, "card");
        String sql = tx.sql().insertCard;
        tx.execute("insert the card", person(card.personId()), connection -> {
            try (PreparedStatement statement = connection.prepareStatement(sql)) {
                statement.setString(1, card.personId().value());
                int next = bindValues(statement, 2, card);
                statement.setLong(next++, card.version());
                tx.setInstant(statement, next++, card.changedAt());
                statement.setString(next, card.changedBy());
                long start = System.nanoTime();
                statement.executeUpdate();
                SqlLog.executed(sql, 1, start);
                return null;
            } catch (SQLException e) {
                if (SqlFailures.isUniqueViolation(e)) {
                    throw PersonTable.duplicate(card.personId(), e);
                }
                throw e;
            }
        });
    }

    @Override
    public Optional<ComplianceCard> find(PersonId personId) {
        Objects.requireNonNull(personId, "personId");
        String sql = tx.sql().selectCard;
        return tx.execute("read the card", person(personId), connection -> {
            try (PreparedStatement statement = connection.prepareStatement(sql)) {
                statement.setString(1, personId.value());
                long start = System.nanoTime();
                try (ResultSet row = statement.executeQuery()) {
                    Optional<ComplianceCard> found = row.next()
                            ? Optional.of(read(row, new HashMap<>()))
                            : Optional.empty();
                    SqlLog.executed(sql, found.isPresent() ? 1 : 0, start);
                    return found;
                }
            }
        });
    }

    @Override
    public Map<PersonId, ComplianceCard> findAll(Collection<PersonId> personIds) {
        return readAll(personIds, false);
    }

    /**
     * {@inheritDoc}
     *
     * <p>Selects the rows {@code FOR UPDATE}, in chunks of person ids in ascending order, each
     * chunk ordered by person id, so that concurrent writers lock rows in the same order.
     */
    @Override
    public Map<PersonId, ComplianceCard> lockAll(Collection<PersonId> personIds) {
        return readAll(personIds, true);
    }

    private Map<PersonId, ComplianceCard> readAll(Collection<PersonId> personIds, boolean lock) {
        Objects.requireNonNull(personIds, "personIds");
        List<PersonId> ids = new ArrayList<>(new LinkedHashSet<>(personIds));
        if (ids.contains(null)) {
            throw new NullPointerException("personIds holds null");
        }
        if (lock) {
            ids.sort(null);
        }
        Map<PersonId, ComplianceCard> found = new HashMap<>();
        Map<List<Object>, Object> values = new HashMap<>();
        String action = lock ? "lock the cards" : "read the cards";
        for (int from = 0; from < ids.size(); from += StoreSql.MAX_IN_LIST) {
            List<PersonId> chunk = ids.subList(from, Math.min(ids.size(), from + StoreSql.MAX_IN_LIST));
            tx.execute(action, persons(chunk), connection -> {
                readChunk(connection, chunk, lock, found, values);
                return null;
            });
        }
        return found;
    }

    @Override
    public void update(List<ComplianceCard> cards) {
        Objects.requireNonNull(cards, "cards");
        if (cards.isEmpty()) {
            return;
        }
        List<ComplianceCard> sorted = new ArrayList<>(cards);
        sorted.sort(Comparator.comparing(ComplianceCard::personId));
        String sql = tx.sql().updateCard;
        List<PersonId> ids = sorted.stream().map(ComplianceCard::personId).toList();
        tx.execute("update the cards", persons(ids), connection -> {
            try (PreparedStatement statement = connection.prepareStatement(sql)) {
                for (int from = 0; from < sorted.size(); from += BATCH_SIZE) {
                    int to = Math.min(sorted.size(), from + BATCH_SIZE);
                    List<ComplianceCard> batch = sorted.subList(from, to);
                    updateBatch(connection, statement, batch);
                }
            }
            return null;
        });
    }

    @Override
    public boolean delete(PersonId personId) {
        Objects.requireNonNull(personId, "personId");
        String sql = tx.sql().deleteCard;
        return tx.execute("delete the card", person(personId), connection -> {
            try (PreparedStatement statement = connection.prepareStatement(sql)) {
                statement.setString(1, personId.value());
                long start = System.nanoTime();
                int rows = statement.executeUpdate();
                SqlLog.executed(sql, rows, start);
                return rows > 0;
            }
        });
    }

    @Override
    public Map<AuthorizationType, Long> countByAuthorization() {
        String sql = tx.sql().countByAuthorization;
        return tx.execute("count the cards by authorization", "", connection -> {
            Map<AuthorizationType, Long> counts = new EnumMap<>(AuthorizationType.class);
            try (PreparedStatement statement = connection.prepareStatement(sql)) {
                long start = System.nanoTime();
                try (ResultSet row = statement.executeQuery()) {
                    while (row.next()) {
                        counts.put(authorizationType(row.getString(1), "the card counts"), row.getLong(2));
                    }
                }
                SqlLog.executed(sql, counts.size(), start);
            }
            return counts;
        });
    }

    private void readChunk(Connection connection, List<PersonId> chunk, boolean lock,
            Map<PersonId, ComplianceCard> found, Map<List<Object>, Object> values) throws SQLException {
        int size = StoreSql.inListSize(chunk.size());
        String sql = lock ? tx.sql().lockCardsIn(size) : tx.sql().selectCardsIn(size);
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            for (int i = 0; i < size; i++) {
                // The list is padded with its last id, so that few distinct statements are prepared.
                statement.setString(i + 1, chunk.get(Math.min(i, chunk.size() - 1)).value());
            }
            long start = System.nanoTime();
            int rows = 0;
            try (ResultSet row = statement.executeQuery()) {
                while (row.next()) {
                    ComplianceCard card = read(row, values);
                    found.put(card.personId(), card);
                    rows++;
                }
            }
            SqlLog.executed(sql, rows, start);
        }
    }

    private void updateBatch(Connection connection, PreparedStatement statement, List<ComplianceCard> batch)
            throws SQLException {
        for (ComplianceCard card : batch) {
            int next = bindValues(statement, 1, card);
            statement.setLong(next++, card.version());
            tx.setInstant(statement, next++, card.changedAt());
            statement.setString(next++, card.changedBy());
            statement.setString(next++, card.personId().value());
            statement.setLong(next, card.version() - 1);
            statement.addBatch();
        }
        long start = System.nanoTime();
        int[] counts = statement.executeBatch();
        SqlLog.executed(tx.sql().updateCard, batch.size(), start);
        for (int i = 0; i < batch.size(); i++) {
            int count = i < counts.length ? counts[i] : Statement.EXECUTE_FAILED;
            if (count == Statement.SUCCESS_NO_INFO) {
                throw new StoreException("Could not update the cards " + persons(batch.stream()
                        .map(ComplianceCard::personId).toList()) + ": the JDBC driver did not report how many"
                        + " rows each update changed, so versions cannot be checked; turn off bulk updates in"
                        + " the driver (for MariaDB Connector/J, do not set useBulkStmts=true)");
            }
            if (count != 1) {
                ComplianceCard card = batch.get(i);
                throw new VersionConflictException(card.personId(), card.version() - 1,
                        storedVersion(connection, card.personId()));
            }
        }
    }

    private long storedVersion(Connection connection, PersonId personId) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(tx.sql().selectCardVersion)) {
            statement.setString(1, personId.value());
            try (ResultSet row = statement.executeQuery()) {
                return row.next() ? row.getLong(1) : 0;
            }
        }
    }

    /** Binds authorization and source from {@code first}; returns the next parameter index. */
    private static int bindValues(PreparedStatement statement, int first, ComplianceCard card)
            throws SQLException {
        Authorization authorization = card.authorization().orElse(null);
        Source source = card.source().orElse(null);
        int i = first;
        setText(statement, i++, authorization == null ? null : authorization.type().name());
        setDate(statement, i++, authorization == null ? null : authorization.consentDate().orElse(null));
        setText(statement, i++, authorization == null ? null : authorization.purpose().orElse(null));
        setText(statement, i++, authorization == null ? null : authorization.description().orElse(null));
        setText(statement, i++, source == null ? null : source.type().name());
        setText(statement, i++, source == null ? null : source.description().orElse(null));
        return i;
    }

    /**
     * Reads a card. Authorizations and sources are shared through {@code values}: cards changed
     * in bulk hold few distinct ones, and each is built (and validated) once per read.
     */
    private ComplianceCard read(ResultSet row, Map<List<Object>, Object> values) throws SQLException {
        PersonId personId = PersonId.of(row.getString("person_id"));
        String what = "the card of person '" + personId + "'";
        String authorizationType = row.getString("authorization_type");
        LocalDate consentDate = row.getObject("consent_date", LocalDate.class);
        String purpose = row.getString("purpose");
        String authorizationNote = row.getString("authorization_note");
        String sourceType = row.getString("source_type");
        String sourceNote = row.getString("source_note");
        try {
            Authorization authorization = authorizationType == null ? null
                    : (Authorization) values.computeIfAbsent(
                            Arrays.asList(authorizationType, consentDate, purpose, authorizationNote),
                            key -> Authorization.of(authorizationType(authorizationType, what), consentDate,
                                    purpose, authorizationNote));
            Source source = sourceType == null ? null
                    : (Source) values.computeIfAbsent(Arrays.asList(sourceType, sourceNote),
                            key -> Source.of(SourceType.valueOf(sourceType), sourceNote));
            return ComplianceCard.of(personId, authorization, source, row.getLong("version"),
                    tx.dialect().getInstant(row, "changed_at"), row.getString("changed_by"));
        } catch (StoreException e) {
            throw e;
        } catch (RuntimeException e) {
            throw JdbcTransaction.unreadable(what, e);
        }
    }

    private static AuthorizationType authorizationType(String name, String what) {
        try {
            return AuthorizationType.valueOf(name);
        } catch (IllegalArgumentException e) {
            throw JdbcTransaction.unreadable(what, e);
        }
    }
}
