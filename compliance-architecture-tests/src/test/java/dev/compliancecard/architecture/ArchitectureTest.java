package dev.compliancecard.architecture;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/**
 * Checks the rules against the main classes of every library module on the test class path.
 * Test classes, this module's fixtures among them, are left out.
 */
@AnalyzeClasses(packages = "dev.compliancecard", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    @ArchTest
    static final ArchRule coreDependsOnNoOtherModule = ArchitectureRules.CORE_DEPENDS_ON_NO_OTHER_MODULE;

    @ArchTest
    static final ArchRule internalsStayInTheirModule = ArchitectureRules.INTERNALS_STAY_IN_THEIR_MODULE;

    @ArchTest
    static final ArchRule librariesLogThroughSlf4jOnly = ArchitectureRules.LIBRARIES_LOG_THROUGH_SLF4J_ONLY;
}
