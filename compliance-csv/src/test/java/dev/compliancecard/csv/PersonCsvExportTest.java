package dev.compliancecard.csv;

import static dev.compliancecard.csv.TestPersons.CREATED;
import static dev.compliancecard.csv.TestPersons.NOW_MICROS;
import static dev.compliancecard.csv.TestPersons.UPDATED;
import static dev.compliancecard.csv.TestPersons.bare;
import static dev.compliancecard.csv.TestPersons.fullPerson;
import static dev.compliancecard.csv.TestPersons.header;
import static dev.compliancecard.csv.TestPersons.newCards;
import static dev.compliancecard.csv.TestPersons.parse;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.StringWriter;
import java.io.Writer;
import java.util.List;
import java.util.stream.Stream;

import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;

import dev.compliancecard.Actor;
import dev.compliancecard.ComplianceCards;
import dev.compliancecard.PersonNotFoundException;
import dev.compliancecard.audit.AuditAction;
import dev.compliancecard.audit.AuditRecord;
import dev.compliancecard.person.Person;
import dev.compliancecard.person.PersonId;

class PersonCsvExportTest {

    private static final Actor ACTOR = Actor.of("user-17");

    private final ComplianceCards cards = newCards();
    private final StringWriter out = new StringWriter();

    @Test
    void headerHasTheSixteenColumnsInSpecOrder() {
        // Given
        cards.as(ACTOR).addPerson(bare("42"));

        // When
        PersonCsvExport.to(out).exportedBy(ACTOR).using(cards).writePerson(PersonId.of("42"));

        // Then
        assertThat(header(out.toString())).containsExactly(
                "First Name", "Last Name", "Company", "Title", "Email ID", "Phone Number", "Website",
                "Other", "Updated At", "Created At", "Salesforce ID", "Person ID", "Facebook",
                "Twitter", "LinkedIn", "Exported At");
        assertThat(out.toString()).startsWith("First Name,Last Name,Company,");
    }

    @Test
    void eachValueLandsInItsOwnColumnWithInstantsInIsoUtc() {
        // Given
        cards.as(ACTOR).addPerson(fullPerson("42").build());

        // When
        ExportReceipt receipt = PersonCsvExport.to(out).exportedBy(ACTOR).using(cards)
                .writePerson(PersonId.of("42"));

        // Then
        assertThat(receipt).isEqualTo(ExportReceipt.of(1, NOW_MICROS));
        List<CSVRecord> rows = parse(out.toString());
        assertThat(rows).singleElement().satisfies(row -> assertThat(row.toList()).containsExactly(
                "Shelley", "Kerluke", "Gottlieb and Sons", "Ubiquitous", "Shelley_Kerluke47@example.com",
                "1-955-371-0847 x371", "https://example.com/shelley", "Met at the fair",
                "2024-08-14T11:39:02.318Z", "2024-08-13T18:04:34.666Z", "0035e00000ABCDEFGH", "42",
                "https://facebook.example/shelley", "https://twitter.example/shelley",
                "https://linkedin.example/in/shelley",
                "2025-03-01T10:15:30.123456Z"));
    }

    @Test
    void missingValuesAreEmptyCells() {
        // Given
        cards.as(ACTOR).addPerson(bare("7"));

        // When
        PersonCsvExport.to(out).exportedBy(ACTOR).using(cards).writePerson(PersonId.of("7"));

        // Then
        CSVRecord row = parse(out.toString()).get(0);
        assertThat(row.get("First Name")).isEmpty();
        assertThat(row.get("Email ID")).isEmpty();
        assertThat(row.get("Person ID")).isEqualTo("7");
        assertThat(row.get("Created At")).isEqualTo(CREATED.toString());
        assertThat(row.get("Updated At")).isEqualTo(UPDATED.toString());
    }

    @Test
    void exportIsRecordedInTheAuditTrail() {
        // Given
        cards.as(ACTOR).addPerson(bare("42"));

        // When
        PersonCsvExport.to(out).exportedBy(Actor.of("auditor-3")).using(cards).writePerson(PersonId.of("42"));

        // Then
        List<AuditRecord> trail = cards.auditTrail(PersonId.of("42"));
        assertThat(trail).extracting(AuditRecord::action)
                .containsExactly(AuditAction.PERSON_ADDED, AuditAction.EXPORTED);
        AuditRecord exported = trail.get(1);
        assertThat(exported.actorId()).isEqualTo("auditor-3");
        assertThat(exported.personId()).isEqualTo(PersonId.of("42"));
        assertThat(exported.occurredAt()).isEqualTo(NOW_MICROS);
        assertThat(parse(out.toString()).get(0).get("Exported At")).isEqualTo(NOW_MICROS.toString());
    }

    @Test
    void unknownPersonWritesAndRecordsNothing() {
        // When / Then
        assertThatThrownBy(() -> PersonCsvExport.to(out).exportedBy(ACTOR).using(cards)
                .writePerson(PersonId.of("missing")))
                .isInstanceOf(PersonNotFoundException.class);
        assertThat(out.toString()).isEmpty();
        assertThat(cards.auditTrail(PersonId.of("missing"))).isEmpty();
    }

    @Test
    void exportWithoutActorOrCardsIsRefusedBeforeWriting() {
        assertThatThrownBy(() -> PersonCsvExport.to(out).using(cards).writePerson(PersonId.of("1")))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("exportedBy(actor)");
        assertThatThrownBy(() -> PersonCsvExport.to(out).exportedBy(ACTOR).writePersons(Stream.empty()))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("using(cards)");
        assertThat(out.toString()).isEmpty();
    }

    @Test
    void unicodeCommasQuotesAndLineBreaksSurviveARoundTrip() {
        // Given
        Person person = fullPerson("u-1")
                .firstName("明美")
                .lastName("بن علي")
                .company("Smith, Jones & \"Partners\"")
                .title("Chief 🚀 Officer 👩🏽‍💻")
                .other("line one\r\nline two\nline \"three\", with comma")
                .build();
        cards.as(ACTOR).addPerson(person);

        // When
        PersonCsvExport.to(out).exportedBy(ACTOR).using(cards).writePerson(PersonId.of("u-1"));

        // Then
        CSVRecord row = parse(out.toString()).get(0);
        assertThat(row.get("First Name")).isEqualTo("明美");
        assertThat(row.get("Last Name")).isEqualTo("بن علي");
        assertThat(row.get("Company")).isEqualTo("Smith, Jones & \"Partners\"");
        assertThat(row.get("Title")).isEqualTo("Chief 🚀 Officer 👩🏽‍💻");
        assertThat(row.get("Other")).isEqualTo("line one\r\nline two\nline \"three\", with comma");
    }

    @Test
    void formulaLikeValuesAreNeutralisedInEveryColumn() {
        // Given
        Person person = fullPerson("=1+1")
                .firstName("=HYPERLINK(\"http://evil.example\",\"x\")")
                .lastName("  @SUM(A1)")
                .phoneNumber("+33 1 23 45 67 89")
                .other("\t-2+3")
                .build();

        // When
        PersonCsvExport.to(out).exportedBy(ACTOR).using(cards).writePersons(Stream.of(person));

        // Then
        CSVRecord row = parse(out.toString()).get(0);
        assertThat(row.get("First Name")).isEqualTo("'=HYPERLINK(\"http://evil.example\",\"x\")");
        assertThat(row.get("Last Name")).isEqualTo("'  @SUM(A1)");
        assertThat(row.get("Phone Number")).isEqualTo("'+33 1 23 45 67 89");
        assertThat(row.get("Other")).isEqualTo("'\t-2+3");
        assertThat(row.get("Person ID")).isEqualTo("'=1+1");
        assertThat(row.get("Company")).isEqualTo("Gottlieb and Sons");
    }

    @Test
    void streamingExportWritesEveryPersonWithoutHoldingThemAll() {
        // Given
        int count = 20_000;
        LineCountingWriter sink = new LineCountingWriter();
        PullCounter pulled = new PullCounter(sink, count);

        // When
        ExportReceipt receipt = PersonCsvExport.to(sink).exportedBy(ACTOR).using(cards).writePersons(pulled);

        // Then
        assertThat(receipt.rows()).isEqualTo(count);
        assertThat(sink.lines).isEqualTo(count + 1);
        assertThat(pulled.largestLead).isLessThanOrEqualTo(PersonCsvExport.BATCH_SIZE);
        assertThat(cards.auditTrail(PersonId.of("p-0"))).extracting(AuditRecord::action)
                .containsExactly(AuditAction.EXPORTED);
        assertThat(cards.auditTrail(PersonId.of("p-" + (count - 1)))).hasSize(1);
    }

    @Test
    void emptyStreamWritesTheHeaderOnly() {
        // When
        ExportReceipt receipt = PersonCsvExport.to(out).exportedBy(ACTOR).using(cards)
                .writePersons(Stream.empty());

        // Then
        assertThat(receipt.rows()).isZero();
        assertThat(out.toString()).isEqualTo(String.join(",", PersonColumn.headers()) + "\r\n");
    }

    @Test
    void failingWriterGivesAnExceptionWithoutPersonalData() {
        // Given
        Person person = fullPerson("42").build();
        cards.as(ACTOR).addPerson(person);
        Writer broken = new Writer() {
            @Override
            public void write(char[] buffer, int offset, int length) throws IOException {
                throw new IOException("disk full");
            }

            @Override
            public void flush() {
            }

            @Override
            public void close() {
            }
        };

        // When / Then
        assertThatThrownBy(() -> PersonCsvExport.to(broken).exportedBy(ACTOR).using(cards)
                .writePerson(PersonId.of("42")))
                .isInstanceOf(CsvExportException.class)
                .hasMessageContaining("'42'")
                .satisfies(e -> assertThat(e.getMessage()).doesNotContain(
                        "Shelley", "Kerluke", "example.com", "0847", "Gottlieb"));
    }

    /** A writer that keeps nothing and counts line feeds. */
    private static final class LineCountingWriter extends Writer {
        long lines;

        @Override
        public void write(char[] buffer, int offset, int length) {
            for (int i = offset; i < offset + length; i++) {
                if (buffer[i] == '\n') {
                    lines++;
                }
            }
        }

        @Override
        public void write(String text, int offset, int length) {
            for (int i = offset; i < offset + length; i++) {
                if (text.charAt(i) == '\n') {
                    lines++;
                }
            }
        }

        @Override
        public void flush() {
        }

        @Override
        public void close() {
        }
    }

    /** Makes persons on demand and notes how far taking ran ahead of writing. */
    private static final class PullCounter implements java.util.Iterator<Person> {
        private final LineCountingWriter sink;
        private final int count;
        private int made;
        long largestLead;

        PullCounter(LineCountingWriter sink, int count) {
            this.sink = sink;
            this.count = count;
        }

        @Override
        public boolean hasNext() {
            return made < count;
        }

        @Override
        public Person next() {
            long written = Math.max(0, sink.lines - 1);
            largestLead = Math.max(largestLead, made + 1 - written);
            return bare("p-" + made++);
        }
    }
}
