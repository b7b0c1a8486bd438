package dev.compliancecard.architecture;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;

/** Shows that {@link ArchitectureTest} checks the main classes of the modules, and only those. */
class ImportedClassesTest {

    private static final JavaClasses IMPORTED = new ClassFileImporter()
            .withImportOption(new ImportOption.DoNotIncludeTests())
            .importPackages("dev.compliancecard");

    @Test
    void mainClassesOfEveryModuleOnTheClassPathAreImported() {
        Set<LibraryModule> modules = IMPORTED.stream()
                .map(LibraryModule::of)
                .collect(Collectors.toSet());

        assertThat(modules).contains(LibraryModule.CORE, LibraryModule.TESTKIT);
        assertThat(IMPORTED.contain("dev.compliancecard.internal.Rules")).isTrue();
    }

    @Test
    void testClassesAndFixturesAreLeftOut() {
        assertThat(IMPORTED.stream().map(JavaClass::getPackageName))
                .noneMatch(name -> name.contains("archfixture"))
                .doesNotContain("dev.compliancecard.architecture");
    }
}
