package dev.compliancecard.jdbc.internal;

import static dev.compliancecard.jdbc.internal.JdbcTransaction.setText;
import static dev.compliancecard.jdbc.internal.SqlFailures.person;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import dev.compliancecard.person.PersonId;
import dev.compliancecard.spi.SubscriptionRepository;
import dev.compliancecard.subscription.SubscriptionEvent;
import dev.compliancecard.subscription.SubscriptionStatus;

/** The opt-out and opt-in history in the {@code subscription_event} table, in identity order. */
final class SubscriptionTable implements SubscriptionRepository {

    private final JdbcTransaction tx;

    SubscriptionTable(JdbcTransaction tx) {
        this.tx = tx;
    }

    @Override
    public void append(SubscriptionEvent event) {
        Objects.requireNonNull(event, "event");
        String sql = tx.sql().insertSubscription;
        tx.execute("append the subscription event", person(event.personId()), connection -> {
            try (PreparedStatement statement = connection.prepareStatement(sql)) {
                statement.setString(1, event.personId().value());
                statement.setString(2, event.status().name());
                statement.setString(3, event.channel());
                statement.setString(4, event.actorId());
                tx.setInstant(statement, 5, event.occurredAt());
                setText(statement, 6, event.evidence());
                long start = System.nanoTime();
                statement.executeUpdate();
                SqlLog.executed(sql, 1, start);
            }
            return null;
        });
    }

    @Override
    public List<SubscriptionEvent> history(PersonId personId) {
        Objects.requireNonNull(personId, "personId");
        String sql = tx.sql().selectSubscriptions;
        return tx.execute("read the subscription history", person(personId), connection -> {
            List<SubscriptionEvent> events = new ArrayList<>();
            try (PreparedStatement statement = connection.prepareStatement(sql)) {
                statement.setString(1, personId.value());
                long start = System.nanoTime();
                try (ResultSet row = statement.executeQuery()) {
                    while (row.next()) {
                        events.add(read(row, personId));
                    }
                }
                SqlLog.executed(sql, events.size(), start);
            }
            return List.copyOf(events);
        });
    }

    @Override
    public int deleteHistory(PersonId personId) {
        Objects.requireNonNull(personId, "personId");
        String sql = tx.sql().deleteSubscriptions;
        return tx.execute("delete the subscription history", person(personId), connection -> {
            try (PreparedStatement statement = connection.prepareStatement(sql)) {
                statement.setString(1, personId.value());
                long start = System.nanoTime();
                int rows = statement.executeUpdate();
                SqlLog.executed(sql, rows, start);
                return rows;
            }
        });
    }

    private SubscriptionEvent read(ResultSet row, PersonId personId) throws SQLException {
        try {
            return SubscriptionEvent.of(personId, SubscriptionStatus.valueOf(row.getString("status")),
                    row.getString("channel"), row.getString("actor_id"),
                    tx.dialect().getInstant(row, "occurred_at"), row.getString("evidence"));
        } catch (RuntimeException e) {
            throw JdbcTransaction.unreadable("a subscription event of person '" + personId + "'", e);
        }
    }
}
