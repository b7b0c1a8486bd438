package dev.compliancecard.architecture;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.EvaluationResult;

import dev.compliancecard.archfixture.CoreClassUsingCsv;
import dev.compliancecard.archfixture.CoreClassUsingJdbc;
import dev.compliancecard.archfixture.CoreClassUsingJdbcInternals;
import dev.compliancecard.csv.archfixture.CsvClassUsingCoreInternals;
import dev.compliancecard.csv.archfixture.CsvWriterStandIn;
import dev.compliancecard.csv.archfixture.LogsThroughJavaUtilLogging;
import dev.compliancecard.csv.archfixture.LogsThroughSystemLogger;
import dev.compliancecard.csv.archfixture.PrintsStackTrace;
import dev.compliancecard.csv.archfixture.PrintsToStandardOut;
import dev.compliancecard.examples.archfixture.DemoPrintingASummary;
import dev.compliancecard.internal.TextRules;
import dev.compliancecard.jdbc.archfixture.JdbcStoreStandIn;
import dev.compliancecard.jdbc.internal.archfixture.SqlHelperStandIn;

/**
 * Shows that each architecture rule rejects a deliberately bad class and lets a good one pass,
 * so that a green {@link ArchitectureTest} means something.
 */
class ArchitectureRulesCanFailTest {

    private static EvaluationResult evaluate(ArchRule rule, Class<?>... classes) {
        JavaClasses imported = new ClassFileImporter().importClasses(classes);
        return rule.evaluate(imported);
    }

    @Test
    void coreDependingOnJdbcIsRejected() {
        EvaluationResult result = evaluate(ArchitectureRules.CORE_DEPENDS_ON_NO_OTHER_MODULE,
                CoreClassUsingJdbc.class, JdbcStoreStandIn.class);

        assertThat(result.hasViolation()).isTrue();
        assertThat(result.getFailureReport().getDetails()).anySatisfy(line -> assertThat(line)
                .contains(CoreClassUsingJdbc.class.getName(), JdbcStoreStandIn.class.getName()));
    }

    @Test
    void coreDependingOnCsvIsRejected() {
        EvaluationResult result = evaluate(ArchitectureRules.CORE_DEPENDS_ON_NO_OTHER_MODULE,
                CoreClassUsingCsv.class, CsvWriterStandIn.class);

        assertThat(result.hasViolation()).isTrue();
        assertThat(result.getFailureReport().getDetails()).anySatisfy(line -> assertThat(line)
                .contains(CoreClassUsingCsv.class.getName(), CsvWriterStandIn.class.getName()));
    }

    @Test
    void adapterDependingOnCoreIsAllowed() {
        EvaluationResult result = evaluate(ArchitectureRules.CORE_DEPENDS_ON_NO_OTHER_MODULE,
                CsvClassUsingCoreInternals.class, TextRules.class);

        assertThat(result.hasViolation()).isFalse();
    }

    @Test
    void adapterUsingCoreInternalsIsRejected() {
        EvaluationResult result = evaluate(ArchitectureRules.INTERNALS_STAY_IN_THEIR_MODULE,
                CsvClassUsingCoreInternals.class, TextRules.class);

        assertThat(result.hasViolation()).isTrue();
        assertThat(result.getFailureReport().getDetails()).anySatisfy(line -> assertThat(line)
                .contains(CsvClassUsingCoreInternals.class.getName(), TextRules.class.getName()));
    }

    @Test
    void coreUsingAnAdaptersInternalsIsRejected() {
        EvaluationResult result = evaluate(ArchitectureRules.INTERNALS_STAY_IN_THEIR_MODULE,
                CoreClassUsingJdbcInternals.class, SqlHelperStandIn.class);

        assertThat(result.hasViolation()).isTrue();
        assertThat(result.getFailureReport().getDetails()).anySatisfy(line -> assertThat(line)
                .contains(CoreClassUsingJdbcInternals.class.getName(), SqlHelperStandIn.class.getName()));
    }

    @Test
    void moduleUsingItsOwnInternalsIsAllowed() {
        EvaluationResult result = evaluate(ArchitectureRules.INTERNALS_STAY_IN_THEIR_MODULE,
                JdbcStoreStandIn.class, SqlHelperStandIn.class);

        assertThat(result.hasViolation()).isFalse();
    }

    @ParameterizedTest
    @ValueSource(classes = {PrintsToStandardOut.class, PrintsStackTrace.class,
            LogsThroughJavaUtilLogging.class, LogsThroughSystemLogger.class})
    void libraryLoggingAroundSlf4jIsRejected(Class<?> offender) {
        EvaluationResult result = evaluate(ArchitectureRules.LIBRARIES_LOG_THROUGH_SLF4J_ONLY,
                offender, CsvWriterStandIn.class);

        assertThat(result.hasViolation()).isTrue();
        assertThat(result.getFailureReport().getDetails())
                .isNotEmpty()
                .allSatisfy(line -> assertThat(line).contains(offender.getName()));
    }

    @Test
    void libraryLoggingThroughSlf4jAndADemoPrintingAreAllowed() {
        EvaluationResult result = evaluate(ArchitectureRules.LIBRARIES_LOG_THROUGH_SLF4J_ONLY,
                CsvWriterStandIn.class, DemoPrintingASummary.class);

        assertThat(result.hasViolation()).isFalse();
    }
}
