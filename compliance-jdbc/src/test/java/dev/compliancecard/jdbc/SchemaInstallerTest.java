package dev.compliancecard.jdbc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import dev.compliancecard.StoreException;
import dev.compliancecard.jdbc.internal.Dialect;
import dev.compliancecard.jdbc.internal.SchemaScripts;
import dev.compliancecard.jdbc.internal.TablePrefix;
import dev.compliancecard.person.Person;
import dev.compliancecard.person.PersonId;

class SchemaInstallerTest {

    private static final Person ANN = Person.builder().id(PersonId.of("p-1"))
            .createdAt(Instant.parse("2024-01-01T00:00:00Z"))
            .updatedAt(Instant.parse("2024-01-01T00:00:00Z"))
            .build();
    private static final Pattern CREATE_TABLE = Pattern.compile("CREATE TABLE (\\S+) \\(([^;]*)\\)[^)]*$",
            Pattern.DOTALL);
    private static final Pattern COLUMN = Pattern.compile("^\\s*([a-z_]+)\\s+[A-Z]", Pattern.MULTILINE);

    private final TestDatabase database = TestDatabase.h2("installer");

    @AfterEach
    void shutDown() {
        database.close();
    }

    @Test
    void installCreatesTheTablesAndRecordsTheScriptOnce() throws SQLException {
        // Given
        JdbcComplianceStore store = JdbcComplianceStore.builder(database.dataSource())
                .tablePrefix("crm_cc_")
                .build();

        // When
        List<Integer> first = store.installSchema();
        List<Integer> second = store.installSchema();

        // Then
        assertThat(first).containsExactly(1);
        assertThat(second).isEmpty();
        assertThat(query("SELECT version, script FROM crm_cc_schema_history"))
                .containsExactly("1 V1__compliance_card.sql");
        store.inTransaction(tx -> {
            tx.persons().insert(ANN);
            return null;
        });
        assertThat(query("SELECT person_id FROM crm_cc_person")).containsExactly("p-1");
    }

    @Test
    void storesWithDifferentPrefixesShareADatabaseWithoutSeeingEachOther() {
        JdbcComplianceStore sales = storeWithSchema(database, "sales_");
        JdbcComplianceStore support = storeWithSchema(database, "support_");

        sales.inTransaction(tx -> {
            tx.persons().insert(ANN);
            return null;
        });

        assertThat(count(sales)).isEqualTo(1);
        assertThat(count(support)).isZero();
    }

    @Test
    void aScriptThatChangedAfterItWasAppliedIsRefused() throws SQLException {
        // Given
        SchemaInstaller installer = SchemaInstaller.of(database.dataSource(), "cc_");
        installer.install();
        execute("UPDATE cc_schema_history SET checksum = 'abc' WHERE version = 1");

        // When / Then
        assertThatThrownBy(installer::install)
                .isInstanceOf(StoreException.class)
                .hasMessageContaining("db/compliance/h2/V1__compliance_card.sql")
                .hasMessageContaining("table prefix 'cc_'")
                .hasMessageContaining("applied scripts must never change");
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "CC_", "1cc_", "_cc", "cc-", "cc_; DROP TABLE cc_person; --", "cc \u00e9",
        "abcdefghijklmnopqrstuvwxyz01234"})
    void aTablePrefixThatIsNotAPlainIdentifierIsRefusedBeforeAnySqlRuns(String prefix) throws SQLException {
        assertThatThrownBy(() -> JdbcComplianceStore.builder(database.dataSource()).tablePrefix(prefix))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("tablePrefix '" + prefix + "' is not valid")
                .hasMessageContaining("[a-z][a-z0-9_]{0,29}");
        assertThatThrownBy(() -> SchemaInstaller.of(database.dataSource(), prefix))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(query("SELECT COUNT(*) FROM INFORMATION_SCHEMA.TABLES WHERE TABLE_SCHEMA = 'PUBLIC'"))
                .containsExactly("0");
    }

    @Test
    void aRefusedTablePrefixCannotForgeALogLine() {
        // Given: a prefix that would start a new, fake log line and flip the text direction
        String forged = "cc_\n2026-12-04 INFO all cards erased\u202e\u0000";

        // When / Then: the message shows the prefix on one line, its invisible characters escaped
        assertThatThrownBy(() -> JdbcComplianceStore.builder(database.dataSource()).tablePrefix(forged))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("tablePrefix 'cc_\\n2026-12-04 INFO all cards erased\\u202e\\u0000'")
                .satisfies(e -> assertThat(e.getMessage()).doesNotContain("\n", "\u202e", "\u0000"));
    }

    @Test
    void theLongestAllowedPrefixWorks() {
        String prefix = "a".repeat(TablePrefix.MAX_LENGTH);

        JdbcComplianceStore store = storeWithSchema(database, prefix);

        assertThat(store.tablePrefix()).isEqualTo(prefix);
        assertThat(count(store)).isZero();
    }

    @Test
    void everyDatabaseShipsEveryScriptUnderAFlywayNameWithOnlyThePrefixPlaceholder() {
        for (Dialect dialect : Dialect.values()) {
            for (SchemaScripts script : SchemaScripts.ALL) {
                String raw = script.rawText(dialect);
                String text = script.text(dialect, TablePrefix.of("zz_"));

                assertThat(script.fileName()).matches("V[1-9][0-9]*__[a-z_]+\\.sql");
                assertThat(raw).contains(SchemaScripts.PREFIX_PLACEHOLDER);
                assertThat(text).doesNotContain("${");
                assertThat(SchemaScripts.statements(text)).allSatisfy(statement ->
                        assertThat(statement).matches("(?s)CREATE (TABLE|INDEX) zz_.*"));
            }
        }
    }

    @Test
    void theScriptsOfTheThreeDatabasesCreateTheSameTablesAndColumns() {
        Map<Dialect, Map<String, Set<String>>> schemas = new EnumMap<>(Dialect.class);
        for (Dialect dialect : Dialect.values()) {
            schemas.put(dialect, tablesAndColumns(dialect));
        }

        assertThat(schemas.get(Dialect.H2)).containsOnlyKeys("person", "card", "audit_record",
                "subscription_event", "suppression");
        assertThat(schemas.get(Dialect.H2).get("person")).hasSize(16).contains("email", "email_normalized");
        assertThat(schemas.get(Dialect.H2).get("card")).hasSize(10).contains("version", "consent_date");
        assertThat(schemas.get(Dialect.POSTGRESQL)).isEqualTo(schemas.get(Dialect.H2));
        assertThat(schemas.get(Dialect.MARIADB)).isEqualTo(schemas.get(Dialect.H2));
    }

    private static Map<String, Set<String>> tablesAndColumns(Dialect dialect) {
        Map<String, Set<String>> tables = new TreeMap<>();
        for (SchemaScripts script : SchemaScripts.ALL) {
            for (String statement : SchemaScripts.statements(script.text(dialect, TablePrefix.of("x_")))) {
                Matcher table = CREATE_TABLE.matcher(statement);
                if (table.find()) {
                    Set<String> columns = new TreeSet<>();
                    Matcher column = COLUMN.matcher(table.group(2));
                    while (column.find()) {
                        if (!column.group(1).equals("constraint")) {
                            columns.add(column.group(1));
                        }
                    }
                    tables.put(table.group(1).substring(2), columns);
                }
            }
        }
        return tables;
    }

    private static long count(JdbcComplianceStore store) {
        return store.inTransaction(tx -> tx.persons().count());
    }

    static JdbcComplianceStore storeWithSchema(TestDatabase database, String prefix) {
        JdbcComplianceStore store = JdbcComplianceStore.builder(database.dataSource())
                .tablePrefix(prefix)
                .build();
        store.installSchema();
        return store;
    }

    private List<String> query(String sql) throws SQLException {
        List<String> rows = new ArrayList<>();
        try (Connection connection = database.dataSource().getConnection();
                Statement statement = connection.createStatement();
                ResultSet row = statement.executeQuery(sql)) {
            int columns = row.getMetaData().getColumnCount();
            while (row.next()) {
                StringBuilder text = new StringBuilder();
                for (int i = 1; i <= columns; i++) {
                    text.append(i > 1 ? " " : "").append(row.getString(i));
                }
                rows.add(text.toString());
            }
        }
        return rows;
    }

    private void execute(String sql) {
        TestDatabase.execute(database.dataSource(), sql);
    }
}
