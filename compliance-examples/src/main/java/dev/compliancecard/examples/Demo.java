package dev.compliancecard.examples;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.h2.jdbcx.JdbcDataSource;

import dev.compliancecard.Actor;
import dev.compliancecard.ComplianceCards;
import dev.compliancecard.card.AuthorizationType;
import dev.compliancecard.csv.ContactCsvImport;
import dev.compliancecard.csv.ContactMapping;
import dev.compliancecard.csv.ImportReport;
import dev.compliancecard.csv.PersonCsvExport;
import dev.compliancecard.csv.RejectedRow;
import dev.compliancecard.jdbc.JdbcComplianceStore;
import dev.compliancecard.person.PersonId;
import dev.compliancecard.spi.ComplianceStore;

/**
 * The demo of the main job: loads a contacts CSV into a store, gives every contact a legal
 * basis in bulk, exports one person as CSV and prints a summary.
 *
 * <pre>
 * Demo [CONTACTS_CSV] [--db DIR]
 * </pre>
 *
 * <p>Without {@code CONTACTS_CSV} it reads the bundled copy of the atomic-crm test contacts
 * (MIT licence, see the README beside it). Without {@code --db} the database goes to a fresh
 * temporary directory. Every imported person gets source "import"; contacts with
 * {@code has_newsletter=true} get consent for the purpose "Newsletter", dated from the day they
 * were first seen (one bulk call per day), and all others legitimate interest (one bulk call).
 */
public final class Demo {

    static final String PURPOSE = "Newsletter";

    private static final String BUNDLED_CONTACTS = "contacts.csv";
    private static final String EXPORT_FILE = "person-export.csv";
    private static final Actor ACTOR = Actor.of("compliance-demo");
    private static final String USAGE = "Usage: Demo [CONTACTS_CSV] [--db DIR]\n"
            + "  CONTACTS_CSV  a contacts CSV with the columns of the bundled file"
            + " (default: the bundled 500 contacts)\n"
            + "  --db DIR      where the database and the exported CSV go (default: a new temporary"
            + " directory)";

    /** The columns of the atomic-crm contacts file, fed into person fields. */
    static final ContactMapping MAPPING = ContactMapping.builder()
            .id("id")
            .firstName("first_name")
            .lastName("last_name")
            .company("company_name")
            .title("title")
            .email("email_work", "email_home", "email_other")
            .phoneNumber("phone_work", "phone_home", "phone_other")
            .linkedIn("linkedin_url")
            .other("background")
            .createdAt("first_seen")
            .updatedAt("last_seen")
            .build();

    private Demo() {
    }

    /**
     * Runs the demo and prints its summary to standard output.
     *
     * @param args {@code [CONTACTS_CSV] [--db DIR]}, or {@code --help}
     * @throws IOException if the contacts file, the database directory or the export fails
     * @throws IllegalArgumentException if the arguments are not understood or the contacts
     *     file does not exist
     */
    public static void main(String[] args) throws IOException {
        if (System.getProperty("org.jboss.logging.provider") == null) {
            System.setProperty("org.jboss.logging.provider", "slf4j");
        }
        Arguments arguments = Arguments.parse(args);
        if (arguments.help) {
            System.out.println(USAGE);
            return;
        }
        Path databaseDir = arguments.databaseDir == null
                ? Files.createTempDirectory("compliance-demo-")
                : Files.createDirectories(arguments.databaseDir);

        Summary summary;
        try (Reader contacts = arguments.openContacts()) {
            summary = run(contacts, databaseDir);
        }
        summary.print(System.out, arguments.describeContacts());
    }

    /**
     * Opens the store the demo works on: an embedded H2 database in the given directory, with
     * the library's schema installed. The database stays open until the JVM exits, so that each
     * transaction does not open and close the database files again.
     *
     * @param databaseDir the directory for the database files
     * @return the store
     */
    static ComplianceStore openStore(Path databaseDir) {
        JdbcDataSource dataSource = new JdbcDataSource();
        // Without DB_CLOSE_DELAY=-1, H2 closes the file database whenever its last connection
        // closes, and opens it again for the next transaction; it stays open until the JVM exits.
        dataSource.setURL("jdbc:h2:file:" + databaseDir.resolve("compliance").toAbsolutePath()
                + ";DB_CLOSE_DELAY=-1");
        JdbcComplianceStore store = JdbcComplianceStore.builder(dataSource).tablePrefix("cc_").build();
        store.installSchema();
        return store;
    }

    /**
     * Does the demo's work: import, legal bases in bulk, export of the first loaded person.
     *
     * @param contacts the contacts CSV; read to its end, not closed
     * @param databaseDir the directory for the database and the exported CSV
     * @return what happened
     * @throws IOException if the export file cannot be written
     */
    static Summary run(Reader contacts, Path databaseDir) throws IOException {
        ComplianceCards cards = ComplianceCards.builder().store(openStore(databaseDir)).build();
        LegalBasisPlan plan = new LegalBasisPlan(PURPOSE);

        ImportReport report = ContactCsvImport.of(MAPPING)
                .importedBy(ACTOR)
                .into(cards)
                .withListener(plan::add)
                .read(contacts);

        LegalBasisPlan.Calls calls = plan.apply(cards.as(ACTOR));

        Path exportFile = null;
        if (plan.firstLoaded() != null) {
            exportFile = databaseDir.resolve(EXPORT_FILE);
            export(cards, plan.firstLoaded(), exportFile);
        }
        return new Summary(report.loaded(), cards.countByAuthorization(), report.rejected(), calls,
                plan.firstLoaded(), exportFile, databaseDir);
    }

    private static void export(ComplianceCards cards, PersonId personId, Path file) throws IOException {
        try (Writer writer = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            PersonCsvExport.to(writer).exportedBy(ACTOR).using(cards).writePerson(personId);
        }
    }

    /**
     * What the demo did, as printed.
     *
     * @param loaded how many persons were loaded
     * @param cardsByType how many cards hold each authorization type
     * @param rejected the rows that did not load
     * @param calls how many bulk calls set the legal bases
     * @param exported the person exported, or null if none was loaded
     * @param exportFile the CSV written, or null if none was loaded
     * @param databaseDir the database directory
     */
    record Summary(long loaded, Map<AuthorizationType, Long> cardsByType, List<RejectedRow> rejected,
            LegalBasisPlan.Calls calls, PersonId exported, Path exportFile, Path databaseDir) {

        void print(PrintStream out, String contactsSource) {
            out.println("Compliance Card demo");
            out.println("  contacts file   : " + contactsSource);
            out.println("  database        : " + databaseDir.toAbsolutePath());
            out.println("Persons loaded    : " + loaded + " (source: import)");
            out.println("Cards per authorization type:");
            for (AuthorizationType type : AuthorizationType.values()) {
                long count = cardsByType.getOrDefault(type, 0L);
                if (count > 0) {
                    out.printf("  %-34s %5d%n", type + letter(type), count);
                }
            }
            out.println("  (bulk calls: " + calls.consent() + " for consent, one per first-seen day,"
                    + " purpose \"" + PURPOSE + "\"; " + calls.legitimateInterest()
                    + " for legitimate interest)");
            out.println("Rows rejected     : " + rejected.size());
            for (RejectedRow row : rejected) {
                out.println("  " + row);
            }
            out.println("CSV export        : "
                    + (exportFile == null ? "none (no person loaded)"
                            : "person " + exported + " -> " + exportFile.toAbsolutePath()));
        }

        private static String letter(AuthorizationType type) {
            return type.article6Letter().map(letter -> ", Art. 6(1)(" + letter + ")").orElse("");
        }
    }

    /** The command line, parsed. */
    private static final class Arguments {

        private Path contactsFile;
        private Path databaseDir;
        private boolean help;

        static Arguments parse(String[] args) {
            Arguments parsed = new Arguments();
            for (int i = 0; i < args.length; i++) {
                String arg = args[i];
                if ("--help".equals(arg) || "-h".equals(arg)) {
                    parsed.help = true;
                } else if ("--db".equals(arg)) {
                    if (i + 1 >= args.length || parsed.databaseDir != null) {
                        throw new IllegalArgumentException("--db needs one directory\n" + USAGE);
                    }
                    parsed.databaseDir = Path.of(args[++i]);
                } else if (arg.startsWith("-") || parsed.contactsFile != null) {
                    throw new IllegalArgumentException("Unexpected argument '" + arg + "'\n" + USAGE);
                } else {
                    parsed.contactsFile = Path.of(arg);
                }
            }
            if (parsed.contactsFile != null && !Files.isRegularFile(parsed.contactsFile)) {
                throw new IllegalArgumentException("Contacts file not found: "
                        + parsed.contactsFile.toAbsolutePath() + "\n" + USAGE);
            }
            return parsed;
        }

        Reader openContacts() throws IOException {
            if (contactsFile != null) {
                return Files.newBufferedReader(contactsFile, StandardCharsets.UTF_8);
            }
            InputStream bundled = Demo.class.getResourceAsStream(BUNDLED_CONTACTS);
            if (bundled == null) {
                throw new UncheckedIOException(new IOException("The bundled " + BUNDLED_CONTACTS
                        + " is missing from the class path"));
            }
            return new InputStreamReader(bundled, StandardCharsets.UTF_8);
        }

        String describeContacts() {
            return contactsFile == null
                    ? "bundled " + BUNDLED_CONTACTS + " (atomic-crm test data, MIT licence, Marmelab)"
                    : contactsFile.toAbsolutePath().toString();
        }
    }
}
