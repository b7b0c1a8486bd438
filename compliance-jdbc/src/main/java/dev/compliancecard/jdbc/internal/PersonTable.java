package dev.compliancecard.jdbc.internal;

import static dev.compliancecard.jdbc.internal.JdbcTransaction.setText;
import static dev.compliancecard.jdbc.internal.SqlFailures.named;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Objects;
import java.util.Optional;

import dev.compliancecard.DuplicatePersonException;
import dev.compliancecard.PersonNotFoundException;
import dev.compliancecard.person.Person;
import dev.compliancecard.person.PersonId;
import dev.compliancecard.spi.PersonRepository;

/** Persons in the {@code person} table. Emails are also kept normalised, for look-ups. */
final class PersonTable implements PersonRepository {

    private final JdbcTransaction tx;

    PersonTable(JdbcTransaction tx) {
        this.tx = tx;
    }

    @Override
    public void insert(Person person) {
        Objects.requireNonNull(person, "person");
        String sql = tx.sql().insertPerson;
        tx.execute("insert the person", named(person.id()), connection -> {
            try (PreparedStatement statement = connection.prepareStatement(sql)) {
                statement.setString(1, person.id().value());
                bindData(statement, 2, person);
                long start = System.nanoTime();
                statement.executeUpdate();
                SqlLog.executed(sql, 1, start);
                return null;
            } catch (SQLException e) {
                if (SqlFailures.isUniqueViolation(e)) {
                    throw duplicate(person.id(), e);
                }
                throw e;
            }
        });
    }

    @Override
    public void update(Person person) {
        Objects.requireNonNull(person, "person");
        String sql = tx.sql().updatePerson;
        int updated = tx.execute("update the person", named(person.id()), connection -> {
            try (PreparedStatement statement = connection.prepareStatement(sql)) {
                int next = bindData(statement, 1, person);
                statement.setString(next, person.id().value());
                long start = System.nanoTime();
                int rows = statement.executeUpdate();
                SqlLog.executed(sql, rows, start);
                return rows;
            }
        });
        if (updated == 0) {
            throw new PersonNotFoundException(person.id());
        }
    }

    @Override
    public Optional<Person> find(PersonId id) {
        Objects.requireNonNull(id, "id");
        String sql = tx.sql().selectPerson;
        return tx.execute("read the person", named(id), connection -> {
            try (PreparedStatement statement = connection.prepareStatement(sql)) {
                statement.setString(1, id.value());
                long start = System.nanoTime();
                try (ResultSet row = statement.executeQuery()) {
                    Optional<Person> found = row.next() ? Optional.of(read(row, id)) : Optional.empty();
                    SqlLog.executed(sql, found.isPresent() ? 1 : 0, start);
                    return found;
                }
            }
        });
    }

    @Override
    public boolean delete(PersonId id) {
        Objects.requireNonNull(id, "id");
        String sql = tx.sql().deletePerson;
        return tx.execute("delete the person", named(id), connection -> {
            try (PreparedStatement statement = connection.prepareStatement(sql)) {
                statement.setString(1, id.value());
                long start = System.nanoTime();
                int rows = statement.executeUpdate();
                SqlLog.executed(sql, rows, start);
                return rows > 0;
            }
        });
    }

    @Override
    public long count() {
        String sql = tx.sql().countPersons;
        return tx.execute("count the persons", "", connection -> {
            try (PreparedStatement statement = connection.prepareStatement(sql)) {
                long start = System.nanoTime();
                try (ResultSet row = statement.executeQuery()) {
                    row.next();
                    SqlLog.executed(sql, 1, start);
                    return row.getLong(1);
                }
            }
        });
    }

    /** Binds every column but the id, from {@code first}; returns the next parameter index. */
    private int bindData(PreparedStatement statement, int first, Person person) throws SQLException {
        int i = first;
        setText(statement, i++, person.firstName());
        setText(statement, i++, person.lastName());
        setText(statement, i++, person.company());
        setText(statement, i++, person.title());
        setText(statement, i++, person.email());
        setText(statement, i++, person.normalizedEmail());
        setText(statement, i++, person.phoneNumber());
        setText(statement, i++, person.website());
        setText(statement, i++, person.other());
        setText(statement, i++, person.facebook());
        setText(statement, i++, person.twitter());
        setText(statement, i++, person.linkedIn());
        setText(statement, i++, person.salesforceId());
        tx.setInstant(statement, i++, person.createdAt());
        tx.setInstant(statement, i++, person.updatedAt());
        return i;
    }

    private Person read(ResultSet row, PersonId id) throws SQLException {
        Dialect dialect = tx.dialect();
        try {
            return Person.builder()
                    .id(id)
                    .firstName(row.getString("first_name"))
                    .lastName(row.getString("last_name"))
                    .company(row.getString("company"))
                    .title(row.getString("title"))
                    .email(row.getString("email"))
                    .phoneNumber(row.getString("phone_number"))
                    .website(row.getString("website"))
                    .other(row.getString("other_data"))
                    .facebook(row.getString("facebook"))
                    .twitter(row.getString("twitter"))
                    .linkedIn(row.getString("linkedin"))
                    .salesforceId(row.getString("salesforce_id"))
                    .createdAt(dialect.getInstant(row, "created_at"))
                    .updatedAt(dialect.getInstant(row, "updated_at"))
                    .build();
        } catch (RuntimeException e) {
            throw JdbcTransaction.unreadable("the person '" + id + "'", e);
        }
    }

    static DuplicatePersonException duplicate(PersonId id, SQLException cause) {
        DuplicatePersonException duplicate = new DuplicatePersonException(id);
        duplicate.initCause(cause);
        return duplicate;
    }
}
