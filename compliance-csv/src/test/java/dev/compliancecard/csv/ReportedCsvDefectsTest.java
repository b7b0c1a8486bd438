package dev.compliancecard.csv;

import static dev.compliancecard.csv.TestPersons.CREATED;
import static dev.compliancecard.csv.TestPersons.UPDATED;
import static dev.compliancecard.csv.TestPersons.newCards;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;
import static org.assertj.core.api.Assertions.tuple;

import java.io.StringReader;
import java.io.StringWriter;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import dev.compliancecard.Actor;
import dev.compliancecard.ComplianceCards;
import dev.compliancecard.person.Person;
import dev.compliancecard.person.PersonId;

/** The exact inputs of defects reported against earlier versions, kept as regression tests. */
class ReportedCsvDefectsTest {

    private static final Actor ACTOR = Actor.of("importer-1");
    private static final ContactMapping MAPPING = ContactMapping.builder()
            .id("id").firstName("first").phoneNumber("phone").createdAt("created").updatedAt("updated").build();
    private static final String HEADER = "id,first,phone,created,updated\n";

    private final ComplianceCards cards = newCards();

    private ImportReport importing(ComplianceCards into, ContactMapping mapping, String csv) {
        return ContactCsvImport.of(mapping).importedBy(ACTOR).into(into).read(new StringReader(csv));
    }

    @Test
    void rowsWithInstantsNoStoreKeepsAreRejectedWithTheirLinesAndTheOthersLoad() {
        // Given
        String csv = HEADER                                                  // line 1
                + "1,Good,,2024-08-13T18:04:34Z,2024-08-14T00:00:00Z\n"      // line 2
                + "2,Far,,+10000-01-01T00:00:00Z,2024-08-14T00:00:00Z\n"     // line 3
                + "3,Early,,2024-08-13T00:00:00Z,-0005-01-01T00:00:00Z\n"    // line 4
                + "4,Good,,,\n";                                             // line 5

        // When
        ImportReport report = importing(cards, MAPPING, csv);

        // Then
        assertThat(report.loaded()).isEqualTo(2);
        assertThat(report.rejected()).extracting(RejectedRow::line, RejectedRow::codes).containsExactly(
                tuple(3L, List.of("time.range")), tuple(4L, List.of("time.range")));
        assertThat(report.rejected().get(0).reasons()).singleElement()
                .extracting(RejectionReason::field).isEqualTo("person.createdAt");
        assertThat(cards.person(PersonId.of("1"))).isPresent();
        assertThat(cards.person(PersonId.of("4"))).isPresent();
    }

    @Test
    void blankCellsOfAnyKindOfSpaceAreAbsent() {
        // Given
        String csv = HEADER + "1,\u00A0\u3000 ,\"  \",,\n";

        // When
        ImportReport report = importing(cards, MAPPING, csv);

        // Then
        assertThat(report.rejected()).isEmpty();
        Person person = cards.person(PersonId.of("1")).orElseThrow();
        assertThat(person.firstName()).isEmpty();
        assertThat(person.phoneNumber()).isEmpty();
    }

    @Test
    void reImportingAnExportRejectsIdsTheFormulaGuardChanged() {
        // Given an export of persons whose id and phone a spreadsheet would run as formulas
        ComplianceCards source = newCards();
        Person minus = Person.builder().id(PersonId.of("-42")).phoneNumber("+1 555")
                .createdAt(CREATED).updatedAt(UPDATED).build();
        Person plain = Person.builder().id(PersonId.of("43")).phoneNumber("+1 555")
                .createdAt(CREATED).updatedAt(UPDATED).build();
        source.as(ACTOR).addPerson(minus);
        source.as(ACTOR).addPerson(plain);
        StringWriter out = new StringWriter();
        PersonCsvExport.to(out).exportedBy(ACTOR).using(source).writePersons(Stream.of(minus, plain));
        ContactMapping exported = ContactMapping.builder().id("Person ID").phoneNumber("Phone Number")
                .createdAt("Created At").updatedAt("Updated At").build();

        // When it is read back
        ImportReport report = importing(cards, exported, out.toString());

        // Then the guarded id is refused rather than stored as another person
        assertThat(out.toString()).contains("'-42", "'+1 555");
        assertThat(report.loaded()).isEqualTo(1);
        assertThat(report.rejected()).singleElement().satisfies(row -> {
            assertThat(row.line()).isEqualTo(2);
            assertThat(row.reasons()).extracting(RejectionReason::field, RejectionReason::code)
                    .containsExactly(tuple("personId", "csv.formula-guarded-id"));
        });
        assertThat(cards.person(PersonId.of("'-42"))).isEmpty();
        // and the guarded phone comes back as the export wrote it: the export is not a backup
        assertThat(cards.person(PersonId.of("43")).orElseThrow().phoneNumber()).contains("'+1 555");
    }

    @Test
    void anIdThatMerelyBeginsWithAQuoteIsKept() {
        // When
        ImportReport report = importing(cards, MAPPING, HEADER + "'quoted,,,,\n");

        // Then
        assertThat(report.rejected()).isEmpty();
        assertThat(cards.person(PersonId.of("'quoted"))).isPresent();
    }

    @Test
    void aNullColumnNameIsNamedByItsPosition() {
        assertThatNullPointerException().isThrownBy(() -> ContactMapping.builder().email("a", null))
                .withMessage("names[1]");
        assertThatNullPointerException().isThrownBy(() -> ContactMapping.builder().id((String[]) null))
                .withMessage("names");
    }
}
