package dev.compliancecard.jdbc;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.BatchUpdateException;
import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import java.util.List;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

import dev.compliancecard.StoreException;
import dev.compliancecard.TransientStoreException;
import dev.compliancecard.jdbc.internal.SqlFailures;
import dev.compliancecard.person.PersonId;

class SqlFailuresTest {

    private static final String DRIVER_TEXT =
            "duplicate key value violates unique constraint; Key (email)=(ann@example.com)";

    @ParameterizedTest(name = "SQLState {0}, vendor code {1}")
    @CsvSource({
        "40001, 0",      // serialization failure (PostgreSQL), deadlock (H2)
        "40P01, 0",      // deadlock (PostgreSQL)
        "55P03, 0",      // lock not available (PostgreSQL)
        "40001, 1213",   // deadlock (MariaDB)
        "HY000, 1205",   // lock wait timeout (MariaDB)
        "HYT00, 50200",  // lock timeout (H2)
    })
    void deadlocksSerializationFailuresAndLockTimeoutsBecomeTransient(String state, int code) {
        SQLException failure = new SQLException(DRIVER_TEXT, state, code);

        StoreException translated = SqlFailures.translate("update the cards", "of person 'p-1'", failure);

        assertThat(translated).isInstanceOf(TransientStoreException.class)
                .hasMessageStartingWith("Could not update the cards of person 'p-1': ")
                .hasMessageContaining("SQLState " + state)
                .hasMessageContaining("trying again may succeed")
                .hasCause(failure);
    }

    @ParameterizedTest(name = "SQLState {0}, vendor code {1}")
    @CsvSource({
        "23505, 0",      // unique violation (PostgreSQL, H2)
        "23000, 1062",   // duplicate key (MariaDB)
        "22001, 0",      // value too long
        "42P01, 0",      // table missing
        "57P01, 0",      // session terminated by an administrator (PostgreSQL)
        "08006, 0",      // connection failure
        "70100, 1927",   // connection killed (MariaDB)
    })
    void otherFailuresAreNotTransientAndNeverRepeatTheDriverText(String state, int code) {
        SQLException failure = new SQLException(DRIVER_TEXT, state, code);

        StoreException translated = SqlFailures.translate("insert the person", "'p-1'", failure);

        assertThat(translated).isNotInstanceOf(TransientStoreException.class)
                .hasMessageStartingWith("Could not insert the person 'p-1': ")
                .hasMessageContaining("SQLState " + state)
                .hasCause(failure);
        assertThat(translated.getMessage()).doesNotContain("ann@example.com", "Key (email)", "unique constraint");
    }

    @ParameterizedTest(name = "SQLState {0}, vendor code {1}")
    @CsvSource({
        "42P01, 0",      // table missing (PostgreSQL)
        "42S02, 1146",   // table missing (MariaDB)
        "42S02, 42102",  // table missing (H2)
        "42703, 0",      // column missing (PostgreSQL)
    })
    void aMissingTableOrColumnAsksWhetherTheSchemaIsInstalledWithTheSamePrefix(String state, int code) {
        SQLException failure = new SQLException(DRIVER_TEXT, state, code);

        StoreException translated = SqlFailures.translate("read the card", "of person 'p-1'", failure);

        assertThat(translated).hasMessageContaining("is the schema installed with the same table prefix?");
    }

    @ParameterizedTest(name = "SQLState {0}, vendor code {1}")
    @CsvSource({
        "42P07, 0",      // table already exists (PostgreSQL)
        "42S01, 1050",   // table already exists (MariaDB)
        "42S01, 42101",  // table already exists (H2)
    })
    void aTableThatAlreadyExistsIsToldAsSuchWithoutTheHintAboutAMissingSchema(String state, int code) {
        SQLException failure = new SQLException(DRIVER_TEXT, state, code);

        StoreException translated = SqlFailures.translate("apply schema version 1", "", failure);

        assertThat(translated).hasMessage("Could not apply schema version 1: a table or index of that name"
                + " already exists (SQLState " + state + ", vendor code " + code + ")");
    }

    @Test
    void aPersonIsNamedOnceInTheMessage() {
        SQLException failure = new SQLException(DRIVER_TEXT, "22001", 0);

        StoreException translated = SqlFailures.translate("insert the person", SqlFailures.named(
                PersonId.of("p-1")), failure);

        assertThat(translated).hasMessageStartingWith("Could not insert the person 'p-1': ");
    }

    @Test
    void lostConnectionsAreToldAsSuch() {
        SQLException terminated = new SQLException(DRIVER_TEXT, "57P01");
        SQLException broken = new SQLNonTransientConnectionException(DRIVER_TEXT, "08000");
        SQLException killed = new SQLException(DRIVER_TEXT, "70100", 1927);

        assertThat(List.of(terminated, broken, killed)).allSatisfy(failure -> {
            assertThat(SqlFailures.isConnectionLost(failure)).isTrue();
            assertThat(SqlFailures.translate("update the cards", "", failure))
                    .hasMessageContaining("connection to the database was closed or lost")
                    .hasMessageContaining("nothing of it was kept");
        });
    }

    @Test
    void aBatchFailureIsJudgedByTheFailureItWraps() {
        SQLException deadlock = new SQLException(DRIVER_TEXT, "40P01");
        BatchUpdateException batch = new BatchUpdateException(DRIVER_TEXT, null, 0, new int[0], deadlock);
        BatchUpdateException chained = new BatchUpdateException(new int[0]);
        chained.setNextException(new SQLNonTransientConnectionException(DRIVER_TEXT, "08006"));

        assertThat(SqlFailures.translate("update the cards", "", batch))
                .isInstanceOf(TransientStoreException.class)
                .hasMessageContaining("SQLState 40P01");
        assertThat(SqlFailures.translate("update the cards", "", chained))
                .hasMessageContaining("connection to the database was closed or lost (SQLState 08006");
    }

    @Test
    void aFailureWithoutSQLStateIsTranslatedToo() {
        SQLException failure = new SQLException(DRIVER_TEXT);

        assertThat(SqlFailures.translate("read the card", "of person 'p-1'", failure))
                .isNotInstanceOf(TransientStoreException.class)
                .hasMessage("Could not read the card of person 'p-1': the database refused the statement"
                        + " (SQLState null, vendor code 0)");
    }

    @Test
    void uniqueViolationsAreRecognisedOnEveryDatabase() {
        assertThat(SqlFailures.isUniqueViolation(new SQLException("x", "23505"))).isTrue();
        assertThat(SqlFailures.isUniqueViolation(new SQLException("x", "23000", 1062))).isTrue();
        assertThat(SqlFailures.isUniqueViolation(new SQLException("x", "23502"))).isFalse();
    }

    @Test
    void manyPersonsAreNamedByCountAndRangeNotOneByOne() {
        List<PersonId> ids = List.of(PersonId.of("p-1"), PersonId.of("p-2"), PersonId.of("p-3"));

        assertThat(SqlFailures.persons(ids)).isEqualTo("of 3 persons ('p-1' to 'p-3')");
        assertThat(SqlFailures.persons(ids.subList(0, 1))).isEqualTo("of person 'p-1'");
        assertThat(SqlFailures.persons(List.of())).isEmpty();
    }
}
