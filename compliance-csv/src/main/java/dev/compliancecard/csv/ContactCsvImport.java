package dev.compliancecard.csv;

import java.io.IOException;
import java.io.PushbackReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Objects;
import java.util.Set;

import org.apache.commons.csv.CSVException;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.apache.commons.csv.DuplicateHeaderMode;

import dev.compliancecard.Actor;
import dev.compliancecard.CardActions;
import dev.compliancecard.ComplianceCards;
import dev.compliancecard.DuplicatePersonException;
import dev.compliancecard.StoreException;
import dev.compliancecard.card.Source;
import dev.compliancecard.card.SourceType;
import dev.compliancecard.csv.ContactMapping.Field;
import dev.compliancecard.person.Person;
import dev.compliancecard.person.PersonId;
import dev.compliancecard.rules.ViolationException;

/**
 * Imports a contacts CSV: every row becomes a person, added with source
 * {@link SourceType#IMPORT}, through the same rules as any other way of adding a person.
 *
 * <pre>{@code
 * ImportReport report = ContactCsvImport.of(mapping)
 *         .importedBy(actor)
 *         .into(cards)
 *         .read(Path.of("contacts.csv"));
 * }</pre>
 *
 * <p>{@link #of(ContactMapping)} starts an import; {@link #importedBy(Actor)},
 * {@link #into(ComplianceCards)}, {@link #withListener(ImportListener)},
 * {@link #withRejectedRowLimit(int)} and {@link #withRecordLengthLimit(int)} each return a copy
 * with one part set. The actor and the library instance are required before {@code read}.
 *
 * <p>The file is RFC 4180 CSV (commas, double quotes, line breaks inside quoted values) with a
 * header line naming the columns; a leading byte-order mark is skipped. Before any row loads,
 * the header must hold every column the mapping names, or nothing loads. Then rows are read
 * and added one at a time, each in its own store transaction, so memory does not grow with the
 * file. A row that cannot become a person is skipped and reported with its line number and
 * every reason (wrong column count, a broken rule, an unreadable date-time, an id held
 * already, an id that {@link FormulaGuard} quoted); the other rows still load. Blank lines are
 * skipped silently; a blank cell, Unicode spaces included, is an absent value. Reasons name
 * fields and rule codes, never a value of the row.
 *
 * <p>Memory stays bounded whatever the file. The report keeps the first
 * {@value #DEFAULT_REJECTED_ROW_LIMIT} rejected rows (see {@link #withRejectedRowLimit(int)})
 * and counts the others; a listener is told of every one. A record (a row, or the header,
 * with the line breaks inside its quoted values) longer than
 * {@value #DEFAULT_RECORD_LENGTH_LIMIT} characters (see {@link #withRecordLengthLimit(int)})
 * ends the import with a {@link CsvImportException} naming the line it starts on, before it is
 * read whole; the rows before it stay loaded. No mapped field may be longer than
 * {@value Person#MAX_OTHER_LENGTH} code points, so the default refuses no row that could load.
 *
 * <p>Cells are read as they are: the quote that {@link PersonCsvExport} puts before
 * formula-like cells is not removed, since a file of unknown origin may hold such a quote on
 * purpose. A file written by the export is therefore not read back losslessly.
 *
 * <p>Instances are immutable and thread-safe; each {@code read} works on its own reader.
 */
public final class ContactCsvImport {

    private static final Source IMPORT = Source.of(SourceType.IMPORT);
    private static final PersonId STAND_IN_ID = PersonId.of("stand-in");
    private static final char BYTE_ORDER_MARK = '\uFEFF';
    private static final CSVFormat FORMAT = CSVFormat.RFC4180.builder()
            .setHeader()
            .setSkipHeaderRecord(true)
            .setDuplicateHeaderMode(DuplicateHeaderMode.DISALLOW)
            .setIgnoreEmptyLines(false)
            .get();

    /** How many rejected rows a report keeps unless told otherwise. */
    public static final int DEFAULT_REJECTED_ROW_LIMIT = 1_000;

    /** How many characters a record may have unless told otherwise. */
    public static final int DEFAULT_RECORD_LENGTH_LIMIT = 1_000_000;

    private final ContactMapping mapping;
    private final Actor actor;
    private final ComplianceCards cards;
    private final ImportListener listener;
    private final int rejectedRowLimit;
    private final int recordLengthLimit;

    private ContactCsvImport(ContactMapping mapping, Actor actor, ComplianceCards cards,
            ImportListener listener, int rejectedRowLimit, int recordLengthLimit) {
        this.mapping = mapping;
        this.actor = actor;
        this.cards = cards;
        this.listener = listener;
        this.rejectedRowLimit = rejectedRowLimit;
        this.recordLengthLimit = recordLengthLimit;
    }

    /**
     * Starts an import with a column mapping.
     *
     * @param mapping which columns feed which person field
     * @return the import, still without actor and library instance
     * @throws NullPointerException if mapping is null
     */
    public static ContactCsvImport of(ContactMapping mapping) {
        return new ContactCsvImport(Objects.requireNonNull(mapping, "mapping"), null, null, null,
                DEFAULT_REJECTED_ROW_LIMIT, DEFAULT_RECORD_LENGTH_LIMIT);
    }

    /**
     * Returns a copy that adds persons as an actor; their audit records keep the actor's id.
     *
     * @param importer who imports
     * @return the copy
     * @throws NullPointerException if importer is null
     */
    public ContactCsvImport importedBy(Actor importer) {
        return new ContactCsvImport(mapping, Objects.requireNonNull(importer, "importer"), cards, listener,
                rejectedRowLimit, recordLengthLimit);
    }

    /**
     * Returns a copy that adds persons to a library instance, whose clock also stands in for
     * creation and update times the file does not give.
     *
     * @param compliance the library instance
     * @return the copy
     * @throws NullPointerException if compliance is null
     */
    public ContactCsvImport into(ComplianceCards compliance) {
        Objects.requireNonNull(compliance, "compliance");
        return new ContactCsvImport(mapping, actor, compliance, listener, rejectedRowLimit, recordLengthLimit);
    }

    /**
     * Returns a copy that tells a listener of every loaded row, and of every rejected row if
     * it overrides {@link ImportListener#rejected(RejectedRow)}. Without one, nobody is told.
     *
     * @param rowListener the listener
     * @return the copy
     * @throws NullPointerException if rowListener is null
     */
    public ContactCsvImport withListener(ImportListener rowListener) {
        Objects.requireNonNull(rowListener, "rowListener");
        return new ContactCsvImport(mapping, actor, cards, rowListener, rejectedRowLimit, recordLengthLimit);
    }

    /**
     * Returns a copy whose report keeps at most {@code limit} rejected rows, the first in file
     * order; every rejected row is still counted ({@link ImportReport#rejectedCount()}) and told
     * to the listener. The default is {@value #DEFAULT_REJECTED_ROW_LIMIT}.
     *
     * @param limit how many rejected rows to keep; 0 keeps none
     * @return the copy
     * @throws IllegalArgumentException if limit is negative
     */
    public ContactCsvImport withRejectedRowLimit(int limit) {
        if (limit < 0) {
            throw new IllegalArgumentException("The rejected row limit must be 0 or more, not " + limit);
        }
        return new ContactCsvImport(mapping, actor, cards, listener, limit, recordLengthLimit);
    }

    /**
     * Returns a copy that refuses a record (the header or a row, line breaks inside its quoted
     * values included, its ending line break not) longer than {@code characters} UTF-16 chars:
     * reading stops there with a {@link CsvImportException}. The default is
     * {@value #DEFAULT_RECORD_LENGTH_LIMIT}.
     *
     * @param characters the longest record read
     * @return the copy
     * @throws IllegalArgumentException if characters is below 1
     */
    public ContactCsvImport withRecordLengthLimit(int characters) {
        if (characters < 1) {
            throw new IllegalArgumentException("The record length limit must be 1 or more, not " + characters);
        }
        return new ContactCsvImport(mapping, actor, cards, listener, rejectedRowLimit, characters);
    }

    /**
     * Imports a UTF-8 file; otherwise exactly as {@link #read(Reader)}.
     *
     * @param file the file
     * @return the report
     * @throws NullPointerException if file is null
     * @throws IllegalStateException if the actor or the library instance is not set
     * @throws CsvImportException if the file cannot be opened or read, or its header is not
     *     usable; see {@link #read(Reader)}
     * @throws StoreException if the store fails; rows before are loaded
     */
    public ImportReport read(Path file) {
        Objects.requireNonNull(file, "file");
        requireReady();
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            return read(reader);
        } catch (IOException e) {
            throw new CsvImportException("The contacts file cannot be opened or closed", e);
        }
    }

    /**
     * Imports contacts from a reader, which is read to its end and not closed.
     *
     * @param reader the CSV text
     * @return how many rows loaded, how many were rejected, and the first rejected rows with
     *     their lines and reasons
     * @throws NullPointerException if reader is null
     * @throws IllegalStateException if the actor or the library instance is not set
     * @throws CsvImportException if the input has no header line, names a column twice, or
     *     lacks a column the mapping names (nothing loads), or if reading fails part way or
     *     meets a record longer than the record length limit (rows before are loaded)
     * @throws StoreException if the store fails; rows before are loaded
     * @throws RuntimeException whatever the listener throws; rows before, and the row it was
     *     told of, are loaded
     */
    public ImportReport read(Reader reader) {
        Objects.requireNonNull(reader, "reader");
        requireReady();
        CSVParser parser = open(reader, recordLengthLimit);
        requireMappedColumns(parser);
        return new Run(parser).readAll();
    }

    private static CSVParser open(Reader reader, int recordLengthLimit) {
        try {
            CSVParser parser = CSVParser.builder()
                    .setReader(new BoundedRecordReader(skipByteOrderMark(reader), recordLengthLimit))
                    .setFormat(FORMAT)
                    .get();
            if (parser.getHeaderNames().isEmpty()) {
                throw new CsvImportException("The CSV is empty: it needs a header line naming its columns");
            }
            return parser;
        } catch (IllegalArgumentException e) {
            throw new CsvImportException("The CSV header names a column twice or holds a blank name; "
                    + "every column needs its own name");
        } catch (BoundedRecordReader.RecordTooLongException e) {
            throw new CsvImportException(e.getMessage() + "; nothing was imported", e);
        } catch (IOException | UncheckedIOException e) {
            throw new CsvImportException("The CSV header line cannot be read", e);
        }
    }

    private static Reader skipByteOrderMark(Reader reader) throws IOException {
        PushbackReader pushback = new PushbackReader(reader, 1);
        int first = pushback.read();
        if (first != -1 && first != BYTE_ORDER_MARK) {
            pushback.unread(first);
        }
        return pushback;
    }

    private void requireMappedColumns(CSVParser parser) {
        Set<String> header = Set.copyOf(parser.getHeaderNames());
        List<String> missing = mapping.columnNames().stream()
                .filter(name -> !header.contains(name))
                .toList();
        if (!missing.isEmpty()) {
            throw new CsvImportException("The CSV header lacks " + missing.size() + " column(s) the mapping"
                    + " names: " + missing + "; nothing was imported. The header has "
                    + header.size() + " columns; fix the mapping or the file (names match exactly, case"
                    + " included)");
        }
    }

    private void requireReady() {
        if (actor == null) {
            throw new IllegalStateException("No actor: call importedBy(actor) before read");
        }
        if (cards == null) {
            throw new IllegalStateException("No library instance: call into(cards) before read");
        }
    }

    /** The state of one read: the parser, the counts and the line bookkeeping. */
    private final class Run {

        private final CSVParser parser;
        private final CardActions actions = cards.as(actor);
        private final Instant now = cards.clock().instant().truncatedTo(ChronoUnit.MICROS);
        private final List<RejectedRow> rejected = new ArrayList<>();
        private long rejectedCount;
        private long loaded;
        private long lastLineRead;

        Run(CSVParser parser) {
            this.parser = parser;
            this.lastLineRead = parser.getCurrentLineNumber();
        }

        ImportReport readAll() {
            Iterator<CSVRecord> records = parser.iterator();
            while (true) {
                long line = lastLineRead + 1;
                CSVRecord record;
                try {
                    if (!records.hasNext()) {
                        break;
                    }
                    record = records.next();
                } catch (UncheckedIOException e) {
                    if (e.getCause() instanceof CSVException) {
                        reject(line, RejectionReason.of(RejectionReason.ROW, ImportRule.MALFORMED));
                        break;
                    }
                    if (e.getCause() instanceof BoundedRecordReader.RecordTooLongException) {
                        throw new CsvImportException(e.getCause().getMessage() + "; " + loaded
                                + " rows were loaded before", e.getCause());
                    }
                    throw new CsvImportException("Reading the CSV failed at line " + line + "; "
                            + loaded + " rows were loaded before", e);
                }
                lastLineRead = parser.getCurrentLineNumber();
                accept(record, line);
            }
            return ImportReport.of(loaded, rejected, rejectedCount);
        }

        private void accept(CSVRecord record, long line) {
            if (record.size() == 1 && record.get(0).isBlank()) {
                return;
            }
            if (!record.isConsistent()) {
                reject(line, RejectionReason.of(RejectionReason.ROW, ImportRule.COLUMN_COUNT));
                return;
            }
            List<RejectionReason> reasons = new ArrayList<>();
            Person person = toPerson(record, reasons);
            if (person == null) {
                reject(RejectedRow.of(line, reasons));
                return;
            }
            try {
                actions.addPerson(person, IMPORT);
            } catch (DuplicatePersonException e) {
                reject(line, RejectionReason.of(Field.ID.path(), ImportRule.DUPLICATE_ID));
                return;
            }
            loaded++;
            if (listener != null) {
                listener.loaded(person, new ContactRow(record, line));
            }
        }

        /** Builds the person, or collects every reason it cannot be built and returns null. */
        private Person toPerson(CSVRecord record, List<RejectionReason> reasons) {
            // A stand-in for a bad id lets the person's own rules run too, so that every
            // reason of the row is reported at once; a row with any reason is never added.
            PersonId id = personId(record, reasons);
            Instant createdAt = instant(record, Field.CREATED_AT, reasons);
            Instant updatedAt = instant(record, Field.UPDATED_AT, reasons);
            try {
                Person person = Person.builder()
                        .id(id == null ? STAND_IN_ID : id)
                        .firstName(text(record, Field.FIRST_NAME))
                        .lastName(text(record, Field.LAST_NAME))
                        .company(text(record, Field.COMPANY))
                        .title(text(record, Field.TITLE))
                        .email(text(record, Field.EMAIL))
                        .phoneNumber(text(record, Field.PHONE_NUMBER))
                        .website(text(record, Field.WEBSITE))
                        .other(text(record, Field.OTHER))
                        .facebook(text(record, Field.FACEBOOK))
                        .twitter(text(record, Field.TWITTER))
                        .linkedIn(text(record, Field.LINKED_IN))
                        .salesforceId(text(record, Field.SALESFORCE_ID))
                        .createdAt(createdAt == null ? now : createdAt)
                        .updatedAt(updatedAt == null ? now : updatedAt)
                        .build();
                return reasons.isEmpty() ? person : null;
            } catch (ViolationException e) {
                e.violations().forEach(violation -> reasons.add(RejectionReason.of(violation)));
                return null;
            }
        }

        private PersonId personId(CSVRecord record, List<RejectionReason> reasons) {
            String text = text(record, Field.ID);
            if (isFormulaGuarded(text)) {
                reasons.add(RejectionReason.of(Field.ID.path(), ImportRule.FORMULA_GUARDED_ID));
                return null;
            }
            try {
                return PersonId.of(text);
            } catch (ViolationException e) {
                e.violations().forEach(violation -> reasons.add(RejectionReason.of(violation)));
                return null;
            }
        }

        private Instant instant(CSVRecord record, Field field, List<RejectionReason> reasons) {
            String text = text(record, field);
            if (text == null) {
                return null;
            }
            Instant instant = Timestamps.parse(text);
            if (instant == null) {
                reasons.add(RejectionReason.of(field.path(), ImportRule.TIMESTAMP_FORMAT));
            }
            return instant;
        }

        /**
         * The first non-blank value of the field's columns, stripped, or null. Blank means white
         * space only, the no-break and other Unicode spaces included, as the core rules count it.
         */
        private String text(CSVRecord record, Field field) {
            for (String column : mapping.columnsOf(field)) {
                String value = record.get(column).strip();
                if (!isBlank(value)) {
                    return value;
                }
            }
            return null;
        }

        private static boolean isBlank(String value) {
            return value.codePoints().allMatch(c -> Character.isWhitespace(c) || Character.isSpaceChar(c));
        }

        /** Tells whether a cell is what the export's formula guard makes of a formula-like text. */
        private static boolean isFormulaGuarded(String value) {
            return value != null && value.length() > 1 && value.charAt(0) == FormulaGuard.PREFIX
                    && FormulaGuard.isFormulaLike(value.substring(1));
        }

        private void reject(long line, RejectionReason reason) {
            reject(RejectedRow.of(line, List.of(reason)));
        }

        private void reject(RejectedRow row) {
            rejectedCount++;
            if (rejected.size() < rejectedRowLimit) {
                rejected.add(row);
            }
            if (listener != null) {
                listener.rejected(row);
            }
        }
    }
}
