/**
 * Compliance Card testkit: jqwik arbitraries, test-data builders and the repository contract
 * suite, for the library's own tests and for hosts' tests of their integration.
 *
 * <p>Its packages are opened as well as exported, because JUnit and jqwik run inherited test
 * methods and providers by reflection, from whatever module the engines live in.
 */
module dev.compliancecard.testkit {
    requires transitive dev.compliancecard.core;
    requires transitive org.junit.jupiter.api;
    requires transitive net.jqwik.api;
    requires transitive org.assertj.core;

    exports dev.compliancecard.testkit;
    exports dev.compliancecard.testkit.contract;

    opens dev.compliancecard.testkit;
    opens dev.compliancecard.testkit.contract;
}
