package dev.compliancecard.architecture;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ClassFileImporter;

import dev.compliancecard.ComplianceCards;
import dev.compliancecard.internal.Rules;
import dev.compliancecard.jdbc.internal.archfixture.SqlHelperStandIn;
import dev.compliancecard.testkit.TestClock;

class LibraryModuleTest {

    @Test
    void eachPackageBelongsToTheModuleWithTheLongestMatchingRoot() {
        assertThat(LibraryModule.owning("dev.compliancecard")).isEqualTo(LibraryModule.CORE);
        assertThat(LibraryModule.owning("dev.compliancecard.card")).isEqualTo(LibraryModule.CORE);
        assertThat(LibraryModule.owning("dev.compliancecard.csv")).isEqualTo(LibraryModule.CSV);
        assertThat(LibraryModule.owning("dev.compliancecard.jdbc.internal")).isEqualTo(LibraryModule.JDBC);
        assertThat(LibraryModule.owning("dev.compliancecard.testkit.contract"))
                .isEqualTo(LibraryModule.TESTKIT);
        assertThat(LibraryModule.owning("dev.compliancecard.examples")).isEqualTo(LibraryModule.EXAMPLES);
    }

    @Test
    void aPackageThatOnlySharesAPrefixBelongsToTheEnclosingModule() {
        assertThat(LibraryModule.owning("dev.compliancecard.csvtools")).isEqualTo(LibraryModule.CORE);
        assertThat(LibraryModule.owning("dev.compliancecardx")).isNull();
        assertThat(LibraryModule.owning("org.example")).isNull();
    }

    @Test
    void internalClassesAreThoseUnderTheModulesInternalPackage() {
        ClassFileImporter importer = new ClassFileImporter();
        JavaClass coreInternal = importer.importClass(Rules.class);
        JavaClass jdbcInternal = importer.importClass(SqlHelperStandIn.class);
        JavaClass coreApi = importer.importClass(ComplianceCards.class);
        JavaClass testkitApi = importer.importClass(TestClock.class);

        assertThat(LibraryModule.isInternal(coreInternal)).isTrue();
        assertThat(LibraryModule.isInternal(jdbcInternal)).isTrue();
        assertThat(LibraryModule.isInternal(coreApi)).isFalse();
        assertThat(LibraryModule.isInternal(testkitApi)).isFalse();
    }
}
