package dev.compliancecard.architecture;

import static com.tngtech.archunit.core.domain.properties.HasName.Predicates.name;
import static com.tngtech.archunit.core.domain.properties.HasParameterTypes.Predicates.rawParameterTypes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.Dependency;
import com.tngtech.archunit.core.domain.JavaCall;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import com.tngtech.archunit.library.GeneralCodingRules;

/**
 * The rules that keep the library's modules apart and its logging in the host's hands. They
 * name modules by package (see {@link LibraryModule}), so a new module is covered as soon as its
 * classes are on this module's test class path.
 */
final class ArchitectureRules {

    /** Core is what every other module builds on; it depends on none of them. */
    static final ArchRule CORE_DEPENDS_ON_NO_OTHER_MODULE = noClasses()
            .that(LibraryModule.belongTo(LibraryModule.CORE))
            .should().dependOnClassesThat(LibraryModule.belongTo(
                    LibraryModule.CSV, LibraryModule.JDBC, LibraryModule.TESTKIT, LibraryModule.EXAMPLES))
            .because("core is the base of every module; adapters and tools plug into it, not the reverse");

    /** A module's internal packages are its own business. */
    static final ArchRule INTERNALS_STAY_IN_THEIR_MODULE = noClasses()
            .should(useInternalsOfAnotherModule())
            .because("internal packages are not API: only their own module may use them");

    /** Library modules log through the SLF4J API alone, so that the host decides where logs go. */
    static final ArchRule LIBRARIES_LOG_THROUGH_SLF4J_ONLY = noClasses()
            .that(LibraryModule.belongToALibrary())
            .should().dependOnClassesThat().resideInAnyPackage(
                    "java.util.logging..",
                    "org.apache.commons.logging..",
                    "org.apache.log4j..",
                    "org.apache.logging.log4j..",
                    "ch.qos.logback..",
                    "org.jboss.logging..",
                    "org.tinylog..")
            .orShould().dependOnClassesThat().belongToAnyOf(System.Logger.class)
            .orShould(GeneralCodingRules.ACCESS_STANDARD_STREAMS)
            // By name, as the importer does not resolve the JDK's class hierarchy.
            .orShould().callMethodWhere(JavaCall.Predicates.target(name("printStackTrace"))
                    .and(JavaCall.Predicates.target(rawParameterTypes(new Class<?>[0]))))
            .because("a library logs through the SLF4J API only and lets the host choose the binding");

    private ArchitectureRules() {
    }

    private static ArchCondition<JavaClass> useInternalsOfAnotherModule() {
        return new ArchCondition<>("use internal classes of another module") {
            @Override
            public void check(JavaClass origin, ConditionEvents events) {
                LibraryModule home = LibraryModule.of(origin);
                for (Dependency dependency : origin.getDirectDependenciesFromSelf()) {
                    JavaClass target = dependency.getTargetClass();
                    boolean foreignInternal = LibraryModule.isInternal(target)
                            && LibraryModule.of(target) != home;
                    if (foreignInternal) {
                        events.add(SimpleConditionEvent.satisfied(dependency, dependency.getDescription()));
                    }
                }
            }
        };
    }
}
