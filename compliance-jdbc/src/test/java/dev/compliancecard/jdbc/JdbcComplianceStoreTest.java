package dev.compliancecard.jdbc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import javax.sql.DataSource;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import dev.compliancecard.Actor;
import dev.compliancecard.BulkConfirmation;
import dev.compliancecard.ComplianceCards;
import dev.compliancecard.StoreException;
import dev.compliancecard.card.Authorization;
import dev.compliancecard.card.ComplianceCard;
import dev.compliancecard.person.Emails;
import dev.compliancecard.person.Person;
import dev.compliancecard.person.PersonId;
import dev.compliancecard.spi.StoreTransaction;

class JdbcComplianceStoreTest {

    private static final Instant NOW = Instant.parse("2024-09-01T10:00:00.123456Z");
    private static final String SECRET_EMAIL = " Secret.Person@Example.COM ";

    private final TestDatabase database = TestDatabase.h2("store");

    @AfterEach
    void shutDown() {
        database.close();
    }

    @Test
    void buildFindsTheDatabaseAndDefaultsTheTablePrefix() {
        JdbcComplianceStore store = JdbcComplianceStore.builder(database.dataSource()).build();

        assertThat(store.database()).isEqualTo("H2");
        assertThat(store.tablePrefix()).isEqualTo("cc_");
    }

    @Test
    void aDatabaseTheStoreDoesNotSupportIsRefusedByName() {
        DataSource oracle = JdbcProxies.wrap(DataSource.class, database.dataSource(), (method, args, proceed) -> {
            Connection connection = (Connection) proceed.invoke();
            return JdbcProxies.wrap(Connection.class, connection, (call, callArgs, run) -> {
                if (call.getName().equals("getMetaData")) {
                    return JdbcProxies.wrap(DatabaseMetaData.class, connection.getMetaData(),
                            (meta, metaArgs, read) -> meta.getName().equals("getDatabaseProductName")
                                    ? "Oracle" : read.invoke());
                }
                return run.invoke();
            });
        });

        assertThatThrownBy(() -> JdbcComplianceStore.builder(oracle).build())
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("'Oracle'")
                .hasMessageContaining("H2, PostgreSQL, MariaDB and MySQL");
    }

    @Test
    void anUnreachableDatabaseFailsWithAStoreExceptionThatKeepsTheDriversTextOut() {
        SQLException refused = new SQLException("password authentication failed for user \"ann\"", "28P01");
        DataSource unreachable = JdbcProxies.wrap(DataSource.class, database.dataSource(),
                (method, args, proceed) -> {
                    throw refused;
                });

        assertThatThrownBy(() -> JdbcComplianceStore.builder(unreachable).build())
                .isInstanceOf(StoreException.class)
                .hasMessageStartingWith("Could not connect to find out which database the data source leads to")
                .hasMessageContaining("SQLState 28P01")
                .hasMessageNotContaining("ann")
                .hasCause(refused);
    }

    @Test
    void aFailingStatementNamesTheActionAndThePersonButNoPersonalValue() {
        // Given: a store whose tables were never installed
        JdbcComplianceStore store = JdbcComplianceStore.builder(database.dataSource())
                .tablePrefix("none_")
                .build();
        Person person = person("p-17");

        // When / Then
        assertThatThrownBy(() -> store.inTransaction(tx -> {
            tx.persons().insert(person);
            return null;
        }))
                .isInstanceOf(StoreException.class)
                .hasMessageStartingWith("Could not insert the person 'p-17': the database refused")
                .hasMessageContaining("is the schema installed with the same table prefix?")
                .hasMessageNotContaining("Secret")
                .hasMessageNotContaining("secret")
                .hasMessageNotContaining("NONE_PERSON")
                .hasCauseInstanceOf(SQLException.class);
    }

    @Test
    void emailsAreAlsoStoredNormalisedTheLibrarysWay() throws SQLException {
        JdbcComplianceStore store = SchemaInstallerTest.storeWithSchema(database, "cc_");

        store.inTransaction(tx -> {
            tx.persons().insert(person("p-1"));
            return null;
        });

        try (Connection connection = database.dataSource().getConnection();
                Statement statement = connection.createStatement();
                ResultSet row = statement.executeQuery("SELECT email, email_normalized FROM cc_person")) {
            row.next();
            assertThat(row.getString(1)).isEqualTo(SECRET_EMAIL);
            assertThat(row.getString(2)).isEqualTo(Emails.normalize(SECRET_EMAIL))
                    .isEqualTo("secret.person@example.com");
        }
    }

    @Test
    void aTransactionCannotBeUsedAfterItsWorkReturned() {
        JdbcComplianceStore store = SchemaInstallerTest.storeWithSchema(database, "cc_");
        StoreTransaction leaked = store.inTransaction(tx -> tx);

        assertThatThrownBy(() -> leaked.persons().count())
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("Could not count the persons: the transaction is over");
    }

    @Test
    void everyConnectionIsGivenBackAndANestedCallTakesNoOtherOne() {
        // Given
        JdbcProxies.ConnectionCounter counter = new JdbcProxies.ConnectionCounter();
        SchemaInstallerTest.storeWithSchema(database, "cc_");
        JdbcComplianceStore store = JdbcComplianceStore.builder(counter.wrap(database.dataSource())).build();
        int openedByBuild = counter.opened.get();

        // When
        store.inTransaction(tx -> store.inTransaction(inner -> inner.persons().count()));
        assertThatThrownBy(() -> store.inTransaction(tx -> {
            throw new IllegalStateException("work fails");
        })).isInstanceOf(IllegalStateException.class);

        // Then
        assertThat(counter.opened.get() - openedByBuild).isEqualTo(2);
        assertThat(counter.closed.get()).isEqualTo(counter.opened.get());
    }

    @Test
    void aBulkChangeOfThousandsOfPersonsTakesAHandfulOfStatements() {
        // Given
        JdbcComplianceStore installed = SchemaInstallerTest.storeWithSchema(database, "cc_");
        List<PersonId> ids = new ArrayList<>();
        installed.inTransaction(tx -> {
            for (int i = 0; i < 3_000; i++) {
                PersonId id = PersonId.of(String.format("p-%05d", i));
                ids.add(id);
                tx.cards().insert(ComplianceCard.of(id, null, null, 1, NOW, "importer"));
            }
            return null;
        });
        AtomicInteger executions = new AtomicInteger();
        DataSource counting = JdbcProxies.watchingStatements(database.dataSource(),
                (connection, sql, method) -> executions.incrementAndGet());
        ComplianceCards cards = ComplianceCards.builder()
                .store(JdbcComplianceStore.builder(counting).build())
                .clock(Clock.fixed(NOW, ZoneOffset.UTC))
                .build();

        // When
        BulkConfirmation done = cards.as(Actor.of("editor")).forPersons(ids)
                .setAuthorization(Authorization.legitimateInterest());

        // Then: 3 IN-list reads, 3 update batches, 3 audit batches
        assertThat(done.changed()).isEqualTo(3_000);
        assertThat(executions.get()).isEqualTo(9);
    }

    private static Person person(String id) {
        return Person.builder()
                .id(PersonId.of(id))
                .firstName("Secret")
                .email(SECRET_EMAIL)
                .createdAt(NOW)
                .updatedAt(NOW)
                .build();
    }
}
