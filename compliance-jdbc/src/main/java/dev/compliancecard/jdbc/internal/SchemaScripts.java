package dev.compliancecard.jdbc.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The versioned schema scripts shipped as class-path resources, one folder per database, named
 * as Flyway names versioned migrations ({@code V1__compliance_card.sql}). The table prefix is
 * written {@code ${tablePrefix}}, which Flyway substitutes as a placeholder and
 * {@link #text(Dialect, TablePrefix)} substitutes here.
 *
 * <p>Scripts hold plain DDL: statements end with a semicolon at the end of a line, and no
 * literal holds a semicolon, so they can be split without a SQL parser.
 */
public final class SchemaScripts {

    /** The placeholder of the table prefix in the scripts. */
    public static final String PREFIX_PLACEHOLDER = "${tablePrefix}";

    /** Every script, oldest first. */
    public static final List<SchemaScripts> ALL = List.of(new SchemaScripts(1, "compliance_card"));

    private static final Pattern STATEMENT_END = Pattern.compile(";[ \\t]*(?:\\r?\\n|$)");

    private final int version;
    private final String description;

    private SchemaScripts(int version, String description) {
        this.version = version;
        this.description = description;
    }

    /**
     * Returns the version.
     *
     * @return the version, 1 for the first script
     */
    public int version() {
        return version;
    }

    /**
     * Returns the description, as the file name gives it.
     *
     * @return the description, such as {@code compliance_card}
     */
    public String description() {
        return description;
    }

    /**
     * Returns the file name.
     *
     * @return the name, such as {@code V1__compliance_card.sql}
     */
    public String fileName() {
        return "V" + version + "__" + description + ".sql";
    }

    /**
     * Returns the class-path resource of this script for a database.
     *
     * @param dialect the database
     * @return the resource name, such as {@code db/compliance/h2/V1__compliance_card.sql}
     */
    public String resource(Dialect dialect) {
        return dialect.scriptFolder() + "/" + fileName();
    }

    /**
     * Reads the script as shipped, with the placeholder in place.
     *
     * @param dialect the database
     * @return the text
     * @throws IllegalStateException if the resource is missing from the class path
     */
    public String rawText(Dialect dialect) {
        String resource = resource(dialect);
        try (InputStream in = SchemaScripts.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("The schema script " + resource
                        + " is missing from the class path; is the compliance-jdbc jar complete?");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("Could not read the schema script " + resource, e);
        }
    }

    /**
     * Returns the script with the table prefix put in.
     *
     * @param dialect the database
     * @param prefix the checked table prefix
     * @return the text to run
     */
    public String text(Dialect dialect, TablePrefix prefix) {
        return rawText(dialect).replace(PREFIX_PLACEHOLDER, prefix.value());
    }

    /**
     * Returns a checksum of the script as shipped, to notice a script changed after it was applied.
     *
     * @param dialect the database
     * @return the SHA-256 of the text, in lower-case hex
     */
    public String checksum(Dialect dialect) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            return HexFormat.of().formatHex(digest.digest(rawText(dialect).getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this Java runtime", e);
        }
    }

    /**
     * Splits a script into statements, leaving out comment lines.
     *
     * @param script the script text
     * @return the statements, without their semicolons
     */
    public static List<String> statements(String script) {
        StringBuilder code = new StringBuilder();
        for (String line : script.split("\\r?\\n", -1)) {
            if (!line.strip().startsWith("--")) {
                code.append(line).append('\n');
            }
        }
        List<String> statements = new ArrayList<>();
        for (String statement : STATEMENT_END.split(code)) {
            if (!statement.isBlank()) {
                statements.add(statement.strip());
            }
        }
        return statements;
    }
}
