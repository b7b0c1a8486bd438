package dev.compliancecard.csv;

import java.io.IOException;
import java.io.Writer;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Objects;
import java.util.stream.Stream;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

import dev.compliancecard.Actor;
import dev.compliancecard.ComplianceCards;
import dev.compliancecard.PersonNotFoundException;
import dev.compliancecard.StoreException;
import dev.compliancecard.audit.AuditAction;
import dev.compliancecard.audit.AuditRecord;
import dev.compliancecard.person.Person;
import dev.compliancecard.person.PersonId;

/**
 * Exports persons as CSV, one row per person with the sixteen columns of {@link PersonColumn}
 * in that order after a header line, and records every exported person in the audit trail.
 *
 * <pre>{@code
 * ExportReceipt receipt = PersonCsvExport.to(writer)
 *         .exportedBy(actor)
 *         .using(cards)
 *         .writePerson(PersonId.of("42"));
 *
 * PersonCsvExport.to(writer).exportedBy(actor).using(cards).writePersons(personStream);
 * }</pre>
 *
 * <p>{@link #to(Writer)} starts an export; {@link #exportedBy(Actor)} and
 * {@link #using(ComplianceCards)} each return a copy with one part set, and both are required
 * before a {@code write...} method runs. Each {@code write...} call writes one complete CSV
 * document (header, then rows) and returns an {@link ExportReceipt}.
 *
 * <p>What is written:
 * <ul>
 *   <li>RFC 4180 CSV: comma-separated, CRLF line ends, fields quoted where needed, so that
 *       commas, quotes and line breaks inside a value survive a round trip. Text is written as
 *       given, in any script; the caller picks the writer's encoding (UTF-8 is advised; some
 *       spreadsheets want a byte-order mark, which the caller may write first).</li>
 *   <li>Every cell goes through {@link FormulaGuard#neutralize(String)}: a cell a spreadsheet
 *       would run as a formula gets a leading single quote, so that it never reaches a
 *       spreadsheet as a formula. This changes such values (a person id {@code -42} is
 *       written {@code '-42}): the export is meant for people and spreadsheets, not as a
 *       lossless backup.</li>
 *   <li>Instants in ISO-8601 in UTC, such as {@code 2024-08-13T18:04:34.666Z}. "Exported At"
 *       is one instant per call, read from the clock of the {@link ComplianceCards}.</li>
 *   <li>Missing values as empty cells.</li>
 * </ul>
 *
 * <p>Audit: each exported person gets one {@link AuditAction#EXPORTED} record with the actor,
 * the person id and the "Exported At" instant, appended in a store transaction <em>before</em>
 * the person's row is written, so that no row leaves without its record. If writing fails, the
 * trail may therefore name persons whose rows did not reach the writer.
 *
 * <p>The writer is flushed at the end of each call but never closed: it belongs to the caller.
 * Instances are immutable; an instance may be shared between threads, but calls on one writer
 * must not overlap.
 */
public final class PersonCsvExport {

    /** How many persons a streaming export holds at once: the size of one audit transaction. */
    static final int BATCH_SIZE = 500;

    private static final CSVFormat FORMAT = CSVFormat.RFC4180;
    private static final String AUDIT_VALUE = "CSV";

    private final Writer writer;
    private final Actor actor;
    private final ComplianceCards cards;

    private PersonCsvExport(Writer writer, Actor actor, ComplianceCards cards) {
        this.writer = writer;
        this.actor = actor;
        this.cards = cards;
    }

    /**
     * Starts an export into a writer.
     *
     * @param writer where the CSV goes; flushed, never closed
     * @return the export, still without actor and cards
     * @throws NullPointerException if writer is null
     */
    public static PersonCsvExport to(Writer writer) {
        return new PersonCsvExport(Objects.requireNonNull(writer, "writer"), null, null);
    }

    /**
     * Returns a copy that records the export as done by an actor.
     *
     * @param exporter who exports; the audit records keep the actor's id
     * @return the copy
     * @throws NullPointerException if exporter is null
     */
    public PersonCsvExport exportedBy(Actor exporter) {
        return new PersonCsvExport(writer, Objects.requireNonNull(exporter, "exporter"), cards);
    }

    /**
     * Returns a copy that reads persons from, and records the export in, a library instance;
     * its clock gives the "Exported At" instant.
     *
     * @param compliance the library instance
     * @return the copy
     * @throws NullPointerException if compliance is null
     */
    public PersonCsvExport using(ComplianceCards compliance) {
        return new PersonCsvExport(writer, actor, Objects.requireNonNull(compliance, "compliance"));
    }

    /**
     * Exports one person held in the store: reads the person and appends the audit record in
     * one store transaction, then writes the header and the person's row.
     *
     * @param personId the person
     * @return the receipt, with one row
     * @throws NullPointerException if personId is null
     * @throws IllegalStateException if {@link #exportedBy(Actor)} or
     *     {@link #using(ComplianceCards)} was not called
     * @throws PersonNotFoundException if the store does not hold the person; nothing is written
     *     and nothing recorded
     * @throws StoreException if the store fails; nothing is written
     * @throws CsvExportException if the writer fails; the audit record is kept
     */
    public ExportReceipt writePerson(PersonId personId) {
        Objects.requireNonNull(personId, "personId");
        requireReady();
        Instant exportedAt = now();
        Person person = cards.store().inTransaction(tx -> {
            Person found = tx.persons().find(personId)
                    .orElseThrow(() -> new PersonNotFoundException(personId));
            tx.audit().append(List.of(auditRecord(personId, exportedAt)));
            return found;
        });
        try {
            CSVPrinter printer = startDocument();
            printRow(printer, person, exportedAt);
            printer.flush();
        } catch (IOException e) {
            throw new CsvExportException("Writing the CSV export of person '" + personId + "' failed", e);
        }
        return ExportReceipt.of(1, exportedAt);
    }

    /**
     * Exports many persons as one CSV document, in the order the stream gives them, with
     * memory that does not grow with their number: persons are taken and written
     * {@value #BATCH_SIZE} at a time, each batch's audit records appended in one store
     * transaction before its rows are written. The persons need not be held in the store.
     *
     * @param persons the persons; the stream is consumed, not closed
     * @return the receipt
     * @throws NullPointerException if persons is null or yields null; rows of earlier batches
     *     are already written
     * @throws IllegalStateException if {@link #exportedBy(Actor)} or
     *     {@link #using(ComplianceCards)} was not called
     * @throws StoreException if the store fails; rows of earlier batches are already written
     * @throws CsvExportException if the writer fails
     */
    public ExportReceipt writePersons(Stream<? extends Person> persons) {
        Objects.requireNonNull(persons, "persons");
        return writePersons(persons.iterator());
    }

    /**
     * Exports many persons as one CSV document, in iteration order; otherwise exactly as
     * {@link #writePersons(Stream)}.
     *
     * @param persons the persons
     * @return the receipt
     * @throws NullPointerException if persons is null or yields null; rows of earlier batches
     *     are already written
     * @throws IllegalStateException if {@link #exportedBy(Actor)} or
     *     {@link #using(ComplianceCards)} was not called
     * @throws StoreException if the store fails; rows of earlier batches are already written
     * @throws CsvExportException if the writer fails
     */
    public ExportReceipt writePersons(Iterator<? extends Person> persons) {
        Objects.requireNonNull(persons, "persons");
        requireReady();
        Instant exportedAt = now();
        List<Person> batch = new ArrayList<>(BATCH_SIZE);
        long rows = 0;
        try {
            CSVPrinter printer = startDocument();
            while (persons.hasNext()) {
                batch.add(Objects.requireNonNull(persons.next(), "persons must not yield null"));
                if (batch.size() == BATCH_SIZE) {
                    rows += writeBatch(printer, batch, exportedAt);
                }
            }
            rows += writeBatch(printer, batch, exportedAt);
            printer.flush();
        } catch (IOException e) {
            throw new CsvExportException("Writing the CSV export failed after " + rows + " rows", e);
        }
        return ExportReceipt.of(rows, exportedAt);
    }

    private int writeBatch(CSVPrinter printer, List<Person> batch, Instant exportedAt) throws IOException {
        if (batch.isEmpty()) {
            return 0;
        }
        List<AuditRecord> records = new ArrayList<>(batch.size());
        for (Person person : batch) {
            records.add(auditRecord(person.id(), exportedAt));
        }
        cards.store().inTransaction(tx -> {
            tx.audit().append(records);
            return null;
        });
        for (Person person : batch) {
            printRow(printer, person, exportedAt);
        }
        int written = batch.size();
        batch.clear();
        return written;
    }

    private CSVPrinter startDocument() throws IOException {
        CSVPrinter printer = new CSVPrinter(writer, FORMAT);
        printer.printRecord(PersonColumn.headers());
        return printer;
    }

    private static void printRow(CSVPrinter printer, Person person, Instant exportedAt) throws IOException {
        for (PersonColumn column : PersonColumn.values()) {
            printer.print(FormulaGuard.neutralize(column.cellOf(person, exportedAt)));
        }
        printer.println();
    }

    private AuditRecord auditRecord(PersonId personId, Instant exportedAt) {
        return AuditRecord.of(exportedAt, actor.id(), AuditAction.EXPORTED, personId, null, AUDIT_VALUE);
    }

    private Instant now() {
        return cards.clock().instant().truncatedTo(ChronoUnit.MICROS);
    }

    private void requireReady() {
        if (actor == null) {
            throw new IllegalStateException("No actor: call exportedBy(actor) before writing");
        }
        if (cards == null) {
            throw new IllegalStateException("No library instance: call using(cards) before writing");
        }
    }
}
