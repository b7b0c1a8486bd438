/**
 * Compliance Card core: the values of the GDPR compliance model (persons, authorizations,
 * sources, cards, audit records, subscription history), the rules every value obeys, the fluent
 * entry point {@link dev.compliancecard.ComplianceCards}, the store interfaces hosts and
 * adapters implement, and an in-memory store.
 *
 * <p>Only API and SPI packages are exported; {@code dev.compliancecard.internal} is opened to
 * Hibernate Validator alone, which instantiates the constraint validators kept there.
 */
// Immutables is an automatic module, read at compile time only.
@SuppressWarnings("requires-automatic")
module dev.compliancecard.core {
    requires transitive jakarta.validation;
    requires org.hibernate.validator;
    requires org.slf4j;
    // Compile time only. Not transitive: hosts compile without it.
    requires static org.immutables.value;

    exports dev.compliancecard;
    exports dev.compliancecard.audit;
    exports dev.compliancecard.card;
    exports dev.compliancecard.memory;
    exports dev.compliancecard.person;
    exports dev.compliancecard.rules;
    exports dev.compliancecard.spi;
    exports dev.compliancecard.subscription;

    // Hibernate Validator instantiates the constraint validators; it reads values through
    // their public accessors, so the value packages need no opens (compliance-jpms-test).
    opens dev.compliancecard.internal to org.hibernate.validator;
}
