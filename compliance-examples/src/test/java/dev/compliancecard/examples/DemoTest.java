package dev.compliancecard.examples;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.io.Reader;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.compliancecard.card.AuthorizationType;
import dev.compliancecard.csv.PersonColumn;

class DemoTest {


    @TempDir
    Path databaseDir;

    private static Reader bundledContacts() {
        return new InputStreamReader(Demo.class.getResourceAsStream("contacts.csv"), StandardCharsets.UTF_8);
    }

    @Test
    void theBundledFileLoadsWithTheExpectedLegalBases() throws IOException {
        // When
        Demo.Summary summary;
        try (Reader contacts = bundledContacts()) {
            summary = Demo.run(contacts, databaseDir);
        }

        // Then
        assertThat(summary.loaded()).isEqualTo(500);
        assertThat(summary.rejected()).isEmpty();
        assertThat(summary.cardsByType()).containsOnly(
                org.assertj.core.api.Assertions.entry(AuthorizationType.CONSENT, 160L),
                org.assertj.core.api.Assertions.entry(AuthorizationType.LEGITIMATE_INTEREST, 340L));
        assertThat(summary.calls().legitimateInterest()).isEqualTo(1);
        assertThat(summary.calls().consent()).isBetween(2, 160);
    }

    @Test
    void theExportedFileHasExactlyTheSixteenColumns() throws IOException {
        // When
        Demo.Summary summary;
        try (Reader contacts = bundledContacts()) {
            summary = Demo.run(contacts, databaseDir);
        }

        // Then
        List<String> lines = Files.readAllLines(summary.exportFile(), StandardCharsets.UTF_8);
        assertThat(lines.get(0)).isEqualTo("First Name,Last Name,Company,Title,Email ID,Phone Number,"
                + "Website,Other,Updated At,Created At,Salesforce ID,Person ID,Facebook,Twitter,LinkedIn,"
                + "Exported At");
        assertThat(lines.get(0).split(",")).containsExactlyElementsOf(PersonColumn.headers());
        assertThat(lines).hasSize(2);
        assertThat(lines.get(1)).startsWith("Shelley,Kerluke,Gottlieb and Sons,");
        assertThat(summary.exportFile().getParent()).isEqualTo(databaseDir);
    }

    @Test
    void consentIsDatedFromTheFirstSeenDayWithTheNewsletterPurpose() throws IOException {
        // Given: contact 8 has has_newsletter=true, first seen 2024-08-13T20:40:50.404+00:00
        String csv = "id,first_name,last_name,gender,title,background,first_seen,last_seen,has_newsletter,"
                + "status,tags,company_id,sales_id,linkedin_url,company_name,nb_tasks,company,sales,"
                + "email_work,email_home,email_other,phone_work,phone_home,phone_other\n"
                + "8,A,B,,T,,2024-08-13T20:40:50.404+00:00,2024-08-14T00:00:00+00:00,true,,,,,,C,0,C,,"
                + "a@example.com,,,,,\n"
                + "9,A,B,,T,,2024-08-12T23:59:59+00:00,2024-08-14T00:00:00+00:00,false,,,,,,C,0,C,,,,,,,\n"
                + "10,A,B,,T,,not-a-date,,false,,,,,,C,0,C,,,,,,,\n";

        // When
        Demo.Summary summary = Demo.run(new StringReader(csv), databaseDir);

        // Then
        assertThat(summary.loaded()).isEqualTo(2);
        assertThat(summary.cardsByType()).containsEntry(AuthorizationType.CONSENT, 1L)
                .containsEntry(AuthorizationType.LEGITIMATE_INTEREST, 1L);
        assertThat(summary.rejected()).singleElement().satisfies(row -> {
            assertThat(row.line()).isEqualTo(4);
            assertThat(row.codes()).containsExactly("timestamp.format");
        });
        ByteArrayOutputStream printed = new ByteArrayOutputStream();
        summary.print(new PrintStream(printed, true, StandardCharsets.UTF_8), "test");
        assertThat(printed.toString(StandardCharsets.UTF_8))
                .contains("Persons loaded    : 2", "Rows rejected     : 1", "line 4: person.createdAt",
                        "[timestamp.format]", "CSV export        : person 8 -> ");
    }

    @Test
    void unknownArgumentsAndMissingFilesAreRefusedWithUsage() {
        assertThatThrownBy(() -> Demo.main(new String[] {"--frobnicate"}))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("Usage: Demo");
        assertThatThrownBy(() -> Demo.main(new String[] {databaseDir.resolve("none.csv").toString()}))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("Contacts file not found");
    }
}
