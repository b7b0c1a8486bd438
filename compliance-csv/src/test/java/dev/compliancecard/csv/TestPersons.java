package dev.compliancecard.csv;

import java.io.IOException;
import java.io.StringReader;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

import dev.compliancecard.ComplianceCards;
import dev.compliancecard.memory.InMemoryComplianceStore;
import dev.compliancecard.person.Person;
import dev.compliancecard.person.PersonId;

/** Shared test data: a fixed clock, fresh library instances, persons, and a CSV reader. */
final class TestPersons {

    static final Instant NOW = Instant.parse("2025-03-01T10:15:30.123456789Z");
    static final Instant NOW_MICROS = Instant.parse("2025-03-01T10:15:30.123456Z");
    static final Clock CLOCK = Clock.fixed(NOW, ZoneOffset.UTC);
    static final Instant CREATED = Instant.parse("2024-08-13T18:04:34.666Z");
    static final Instant UPDATED = Instant.parse("2024-08-14T11:39:02.318Z");

    private TestPersons() {
    }

    static ComplianceCards newCards() {
        return ComplianceCards.builder().store(new InMemoryComplianceStore()).clock(CLOCK).build();
    }

    /** A person with every field set. */
    static Person.Builder fullPerson(String id) {
        return Person.builder()
                .id(PersonId.of(id))
                .firstName("Shelley")
                .lastName("Kerluke")
                .company("Gottlieb and Sons")
                .title("Ubiquitous")
                .email("Shelley_Kerluke47@example.com")
                .phoneNumber("1-955-371-0847 x371")
                .website("https://example.com/shelley")
                .other("Met at the fair")
                .facebook("https://facebook.example/shelley")
                .twitter("https://twitter.example/shelley")
                .linkedIn("https://linkedin.example/in/shelley")
                .salesforceId("0035e00000ABCDEFGH")
                .createdAt(CREATED)
                .updatedAt(UPDATED);
    }

    /** A person with nothing but the required fields. */
    static Person bare(String id) {
        return Person.builder().id(PersonId.of(id)).createdAt(CREATED).updatedAt(UPDATED).build();
    }

    /** Parses a CSV with a header into its records. */
    static List<CSVRecord> parse(String csv) {
        try (CSVParser parser = CSVParser.builder()
                .setReader(new StringReader(csv))
                .setFormat(CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get())
                .get()) {
            return parser.getRecords();
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }

    /** Parses a CSV's header line. */
    static List<String> header(String csv) {
        try (CSVParser parser = CSVParser.builder()
                .setReader(new StringReader(csv))
                .setFormat(CSVFormat.RFC4180.builder().setHeader().get())
                .get()) {
            return parser.getHeaderNames();
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }
}
