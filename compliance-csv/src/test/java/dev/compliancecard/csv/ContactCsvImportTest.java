package dev.compliancecard.csv;

import static dev.compliancecard.csv.TestPersons.NOW_MICROS;
import static dev.compliancecard.csv.TestPersons.bare;
import static dev.compliancecard.csv.TestPersons.newCards;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.compliancecard.Actor;
import dev.compliancecard.ComplianceCards;
import dev.compliancecard.audit.AuditAction;
import dev.compliancecard.audit.AuditRecord;
import dev.compliancecard.card.ComplianceCard;
import dev.compliancecard.card.Source;
import dev.compliancecard.card.SourceType;
import dev.compliancecard.person.Person;
import dev.compliancecard.person.PersonId;

class ContactCsvImportTest {

    private static final Actor ACTOR = Actor.of("importer-1");
    private static final String HEADER = "id,first_name,last_name,company_name,email_work,email_home,"
            + "email_other,phone_work,first_seen,last_seen,has_newsletter\n";
    private static final ContactMapping MAPPING = ContactMapping.builder()
            .id("id")
            .firstName("first_name")
            .lastName("last_name")
            .company("company_name")
            .email("email_work", "email_home", "email_other")
            .phoneNumber("phone_work")
            .createdAt("first_seen")
            .updatedAt("last_seen")
            .build();

    private final ComplianceCards cards = newCards();

    private ImportReport importing(String csv) {
        return ContactCsvImport.of(MAPPING).importedBy(ACTOR).into(cards).read(new StringReader(csv));
    }

    private Person person(String id) {
        return cards.person(PersonId.of(id)).orElseThrow();
    }

    @Test
    void goodRowsBecomePersonsWithSourceImport() {
        // Given
        String csv = HEADER
                + "2,Shelley,Kerluke,\"Gottlieb, Sons\",,,shelley@example.com,(415) 293-3313,"
                + "2024-08-13T18:04:34.666+00:00,2024-08-14T11:39:02.318+02:00,false\n"
                + "4,Leah,Boehm,Acme,leah@example.net,,,,,,true\n";

        // When
        ImportReport report = importing(csv);

        // Then
        assertThat(report.loaded()).isEqualTo(2);
        assertThat(report.rejected()).isEmpty();
        Person shelley = person("2");
        assertThat(shelley.firstName()).contains("Shelley");
        assertThat(shelley.company()).contains("Gottlieb, Sons");
        assertThat(shelley.email()).contains("shelley@example.com");
        assertThat(shelley.phoneNumber()).contains("(415) 293-3313");
        assertThat(shelley.createdAt()).isEqualTo(Instant.parse("2024-08-13T18:04:34.666Z"));
        assertThat(shelley.updatedAt()).isEqualTo(Instant.parse("2024-08-14T09:39:02.318Z"));
        assertThat(cards.card(PersonId.of("4")).flatMap(ComplianceCard::source))
                .contains(Source.of(SourceType.IMPORT));
        assertThat(cards.auditTrail(PersonId.of("4"))).extracting(AuditRecord::action, AuditRecord::actorId)
                .containsExactly(tuple(AuditAction.PERSON_ADDED, "importer-1"));
    }

    @Test
    void firstNonBlankOfSeveralColumnsWins() {
        // Given
        String csv = HEADER
                + "1,A,B,C,work@example.com,home@example.com,other@example.com,,,,false\n"
                + "2,A,B,C,  ,home@example.com,other@example.com,,,,false\n"
                + "3,A,B,C,,,other@example.com,,,,false\n"
                + "4,A,B,C,,,,,,,false\n";

        // When
        importing(csv);

        // Then
        assertThat(person("1").email()).contains("work@example.com");
        assertThat(person("2").email()).contains("home@example.com");
        assertThat(person("3").email()).contains("other@example.com");
        assertThat(person("4").email()).isEmpty();
    }

    @Test
    void timesNotInTheFileComeFromTheClock() {
        // Given
        ContactMapping idOnly = ContactMapping.builder().id("id").build();
        String csv = HEADER + "9,A,B,C,,,,,,,false\n";

        // When
        ContactCsvImport.of(idOnly).importedBy(ACTOR).into(cards).read(new StringReader(csv));
        importing(HEADER + "10,A,B,C,,,,,2024-08-13,,false\n");

        // Then
        assertThat(person("9").createdAt()).isEqualTo(NOW_MICROS);
        assertThat(person("9").updatedAt()).isEqualTo(NOW_MICROS);
        assertThat(person("10").createdAt()).isEqualTo(Instant.parse("2024-08-13T00:00:00Z"));
        assertThat(person("10").updatedAt()).isEqualTo(NOW_MICROS);
    }

    @Test
    void badRowsAreReportedWithLineAndRuleWhileTheOthersLoad() {
        // Given
        String csv = HEADER                                                    // line 1
                + "1,Good,Row,C,good@example.com,,,,,,false\n"                 // line 2
                + ",No,Id,C,,,,,,,false\n"                                     // line 3
                + "3,Bad,Mail,C,not-an-email,,,,,,false\n"                     // line 4
                + "4,Bad,Date,C,,,,,yesterday,,false\n"                        // line 5
                + "5,Too,Few\n"                                                // line 6
                + "6,Good,Row,C,,,,,,,\"multi\nline\"\n"                      // lines 7-8
                + "7,Too,Many,C,,,,,,,false,extra\n"                           // line 9
                + "8,Good,Again,C,,,,,,,true\n";                               // line 10

        // When
        ImportReport report = importing(csv);

        // Then
        assertThat(report.loaded()).isEqualTo(3);
        assertThat(report.rejected()).extracting(RejectedRow::line, RejectedRow::codes).containsExactly(
                tuple(3L, List.of("required")),
                tuple(4L, List.of("email.format")),
                tuple(5L, List.of("timestamp.format")),
                tuple(6L, List.of("csv.column-count")),
                tuple(9L, List.of("csv.column-count")));
        assertThat(report.rejected().get(1).reasons()).singleElement()
                .extracting(RejectionReason::field).isEqualTo("person.email");
        assertThat(report.rejected().get(2).reasons()).singleElement()
                .extracting(RejectionReason::field).isEqualTo("person.createdAt");
        assertThat(cards.person(PersonId.of("6"))).isPresent();
        assertThat(cards.person(PersonId.of("8"))).isPresent();
        assertThat(cards.person(PersonId.of("3"))).isEmpty();
    }

    @Test
    void everyBrokenRuleOfARowIsReportedAtOnce() {
        // Given
        String csv = HEADER + "bad\u0007id,N,N,C,not-an-email,,,,not-a-date,also-not,false\n";

        // When
        ImportReport report = importing(csv);

        // Then
        assertThat(report.rejected()).singleElement().satisfies(row -> {
            assertThat(row.line()).isEqualTo(2);
            assertThat(row.reasons()).extracting(RejectionReason::field, RejectionReason::code)
                    .containsExactlyInAnyOrder(
                            tuple("personId", "text.control-characters"),
                            tuple("person.createdAt", "timestamp.format"),
                            tuple("person.updatedAt", "timestamp.format"),
                            tuple("person.email", "email.format"));
        });
    }

    @Test
    void duplicateIdsInTheFileOrTheStoreAreRejected() {
        // Given
        cards.as(ACTOR).addPerson(bare("held"));
        String csv = HEADER
                + "held,A,B,C,,,,,,,false\n"
                + "new,First,Copy,C,,,,,,,false\n"
                + "new,Second,Copy,C,,,,,,,false\n";

        // When
        ImportReport report = importing(csv);

        // Then
        assertThat(report.loaded()).isEqualTo(1);
        assertThat(report.rejected()).extracting(RejectedRow::line, RejectedRow::codes).containsExactly(
                tuple(2L, List.of("person.duplicate-id")),
                tuple(4L, List.of("person.duplicate-id")));
        assertThat(person("new").firstName()).contains("First");
        assertThat(cards.card(PersonId.of("held")).flatMap(ComplianceCard::source)).isEmpty();
    }

    @Test
    void missingMappedColumnsStopTheImportBeforeAnythingLoads() {
        // Given
        String csv = "id,first_name,email_home\n1,A,a@example.com\n";

        // When / Then
        assertThatThrownBy(() -> importing(csv))
                .isInstanceOf(CsvImportException.class)
                .hasMessageContaining("last_name", "company_name", "email_work", "email_other", "first_seen")
                .hasMessageContaining("nothing was imported");
        assertThat(cards.person(PersonId.of("1"))).isEmpty();
    }

    @Test
    void aFileWithoutHeaderLeaksNoValueIntoTheError() {
        // Given: the first data row is taken for the header
        String csv = "1,Zoë,Ångström,zoe@example.com\n";

        // When / Then
        assertThatThrownBy(() -> importing(csv))
                .isInstanceOf(CsvImportException.class)
                .satisfies(e -> assertThat(e.getMessage()).doesNotContain("Zoë", "Ångström", "zoe@"));
    }

    @Test
    void emptyInputAndDuplicateColumnNamesAreRefused() {
        assertThatThrownBy(() -> importing(""))
                .isInstanceOf(CsvImportException.class)
                .hasMessageContaining("header line");
        assertThatThrownBy(() -> importing("id,Zoë,Zoë\n1,2,3\n"))
                .isInstanceOf(CsvImportException.class)
                .hasMessageContaining("names a column twice")
                .satisfies(e -> assertThat(e.getMessage()).doesNotContain("Zoë"));
    }

    @Test
    void rejectionReasonsHoldNoValueOfTheRow() {
        // Given
        String personalId = "x".repeat(200);
        String csv = HEADER
                + personalId + ",Zoë,Ångström,C,zoë at example,,,,,,false\n"
                + "2,Zoë\u0007,Ångström,C,,,,,2024-13-45,,false\n"
                + "3,Zoë,Ångström\n";

        // When
        ImportReport report = importing(csv);

        // Then
        assertThat(report.rejected()).hasSize(3);
        assertThat(report.rejected()).allSatisfy(row -> assertThat(row.toString())
                .doesNotContain("Zoë", "Ångström", "zoë at example", "xxxxxxxxxx", "2024-13-45"));
        assertThat(report.rejected().get(0).codes()).contains("text.too-long", "email.format");
        assertThat(report.rejected().get(0).reason()).contains("personId", "[text.too-long]", "person.email");
    }

    @Test
    void malformedCsvStopsAtItsLineAndKeepsTheRowsBefore() {
        // Given
        String csv = HEADER
                + "1,A,B,C,,,,,,,false\n"
                + "2,A,\"unclosed,C,,,,,,,false\n"
                + "3,A,B,C,,,,,,,false\n";

        // When
        ImportReport report = importing(csv);

        // Then
        assertThat(report.loaded()).isEqualTo(1);
        assertThat(report.rejected()).extracting(RejectedRow::line, RejectedRow::codes)
                .containsExactly(tuple(3L, List.of("csv.malformed")));
    }

    @Test
    void blankLinesAndAByteOrderMarkAreSkipped() {
        // Given
        String csv = "\uFEFF" + HEADER + "\n1,A,B,C,,,,,,,false\r\n\r\n   \n2,A,B,C,,,,,,,false\n";

        // When
        ImportReport report = importing(csv);

        // Then
        assertThat(report.loaded()).isEqualTo(2);
        assertThat(report.rejected()).isEmpty();
    }

    @Test
    void listenerSeesEveryLoadedRowWithItsUnmappedColumns() {
        // Given
        String csv = HEADER
                + "1,A,B,C,,,,,,,true\n"
                + ",No,Id,C,,,,,,,true\n"
                + "2,A,B,C,,,,,,,false\n";
        List<Map.Entry<String, String>> seen = new ArrayList<>();
        List<Long> lines = new ArrayList<>();

        // When
        ContactCsvImport.of(MAPPING).importedBy(ACTOR).into(cards)
                .withListener((person, row) -> {
                    seen.add(Map.entry(person.id().value(), row.value("has_newsletter").orElseThrow()));
                    lines.add(row.line());
                })
                .read(new StringReader(csv));

        // Then
        assertThat(seen).containsExactly(Map.entry("1", "true"), Map.entry("2", "false"));
        assertThat(lines).containsExactly(2L, 4L);
    }

    @Test
    void aFileIsReadAsUtf8(@TempDir Path dir) throws IOException {
        // Given
        Path file = dir.resolve("contacts.csv");
        Files.writeString(file, HEADER + "1,明美,بن علي,\"Smith, \"\"Jones\"\"\",,,,,,,false\n",
                StandardCharsets.UTF_8);

        // When
        ImportReport report = ContactCsvImport.of(MAPPING).importedBy(ACTOR).into(cards).read(file);

        // Then
        assertThat(report.loaded()).isEqualTo(1);
        assertThat(person("1").firstName()).contains("明美");
        assertThat(person("1").lastName()).contains("بن علي");
        assertThat(person("1").company()).contains("Smith, \"Jones\"");
    }

    @Test
    void importWithoutActorOrCardsIsRefused() {
        assertThatThrownBy(() -> ContactCsvImport.of(MAPPING).into(cards).read(new StringReader(HEADER)))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("importedBy(actor)");
        assertThatThrownBy(() -> ContactCsvImport.of(MAPPING).importedBy(ACTOR)
                .read(new StringReader(HEADER)))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("into(cards)");
    }
}
