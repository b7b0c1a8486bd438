package dev.compliancecard.csv;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class ContactMappingTest {

    @Test
    void columnNamesListEachNamedColumnOnce() {
        // When
        ContactMapping mapping = ContactMapping.builder()
                .id("id")
                .email("email_work", "email_home")
                .other("email_home", "notes")
                .build();

        // Then
        assertThat(mapping.columnNames()).containsExactly("id", "email_work", "email_home", "notes");
    }

    @Test
    void mappingAFieldTwiceIsRefusedNamingTheFirstMapping() {
        ContactMapping.Builder builder = ContactMapping.builder().email("email_work");

        assertThatThrownBy(() -> builder.email("email_home"))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("person.email")
                .hasMessageContaining("email_work");
    }

    @Test
    void theIdMustBeMapped() {
        assertThatThrownBy(() -> ContactMapping.builder().firstName("first_name").build())
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("id(...)");
    }

    @Test
    void blankOrMissingColumnNamesAreRefused() {
        assertThatThrownBy(() -> ContactMapping.builder().title())
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("person.title");
        assertThatThrownBy(() -> ContactMapping.builder().title("job", " "))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("blank");
        assertThatThrownBy(() -> ContactMapping.builder().title((String) null))
                .isInstanceOf(NullPointerException.class);
    }
}
