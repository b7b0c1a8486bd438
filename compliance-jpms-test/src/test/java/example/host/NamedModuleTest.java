package example.host;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.lang.module.ModuleDescriptor;
import java.lang.reflect.Method;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Set;

import org.junit.jupiter.api.Test;

import dev.compliancecard.ComplianceCards;
import dev.compliancecard.audit.AuditAction;
import dev.compliancecard.audit.AuditRecord;
import dev.compliancecard.card.ComplianceCard;
import dev.compliancecard.rules.Rule;
import dev.compliancecard.rules.Violation;
import dev.compliancecard.rules.ViolationException;

/**
 * Runs on the module path: the host is the named module {@code example.host}, the library is
 * {@code dev.compliancecard.core}.
 */
class NamedModuleTest {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2024-09-01T10:00:00Z"), ZoneOffset.UTC);
    private static final Module CORE = ComplianceCards.class.getModule();

    private final ConsentDesk desk = new ConsentDesk(CLOCK);

    @Test
    void hostAndLibraryRunAsNamedModules() {
        assertThat(ConsentDesk.class.getModule().getName()).isEqualTo("example.host");
        assertThat(CORE.getName()).isEqualTo("dev.compliancecard.core");
    }

    @Test
    void coreExportsItsApiAndSpiPackagesAndNothingElse() {
        Set<String> exported = Set.of("dev.compliancecard", "dev.compliancecard.audit",
                "dev.compliancecard.card", "dev.compliancecard.memory", "dev.compliancecard.person",
                "dev.compliancecard.rules", "dev.compliancecard.spi", "dev.compliancecard.subscription");

        assertThat(CORE.getDescriptor().exports())
                .allSatisfy(export -> assertThat(export.isQualified()).isFalse())
                .extracting(ModuleDescriptor.Exports::source)
                .containsExactlyInAnyOrderElementsOf(exported);
        assertThat(CORE.getPackages()).contains("dev.compliancecard.internal");
        assertThat(CORE.isExported("dev.compliancecard.internal")).isFalse();
    }

    @Test
    void internalPackageIsClosedToTheHost() throws ReflectiveOperationException {
        Class<?> internal = Class.forName("dev.compliancecard.internal.TextRules");
        Method tooLong = internal.getMethod("tooLong", String.class, int.class);

        assertThatThrownBy(() -> tooLong.invoke(null, "text", 1))
                .isInstanceOf(IllegalAccessException.class)
                .hasMessageContaining("does not export dev.compliancecard.internal");
    }

    @Test
    void immutablesIsNeededNeitherToCompileNorToRunTheHost() {
        assertThat(ModuleLayer.boot().findModule("org.immutables.value")).isEmpty();
        assertThatThrownBy(() -> Class.forName("org.immutables.value.Value"))
                .isInstanceOf(ClassNotFoundException.class);
    }

    @Test
    void changesAreRecordedThroughTheExportedApi() {
        desk.addContact("crm-42", "ada@example.org");

        ComplianceCard card = desk.recordConsent("crm-42", LocalDate.of(2024, 8, 13), "Newsletter");

        assertThat(card.version()).isEqualTo(2);
        assertThat(card.authorization())
                .hasValueSatisfying(a -> assertThat(a.purpose()).contains("Newsletter"));
        assertThat(desk.history("crm-42")).extracting(AuditRecord::action)
                .containsExactly(AuditAction.PERSON_ADDED, AuditAction.AUTHORIZATION_SET);
    }

    @Test
    void rulesOfValuesRunInsideTheModule() {
        // Hibernate Validator reaches the generated value classes and the internal validators
        // only through the module's qualified opens.
        assertThatThrownBy(() -> desk.addContact("crm-7", "not an address"))
                .isInstanceOfSatisfying(ViolationException.class, e -> assertThat(e.violations())
                        .extracting(Violation::field, Violation::rule)
                        .containsExactly(tuple("person.email", Rule.EMAIL_FORMAT)));
    }

    @Test
    void clockRulesRunInsideTheModule() {
        desk.addContact("crm-8", null);

        assertThatThrownBy(() -> desk.recordConsent("crm-8", LocalDate.of(2024, 9, 2), "Newsletter"))
                .isInstanceOfSatisfying(ViolationException.class, e -> assertThat(e.violations())
                        .extracting(Violation::rule)
                        .containsExactly(Rule.DATE_IN_FUTURE));
    }
}
