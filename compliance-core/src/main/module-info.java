/**
 * Compliance Card core: the values of the GDPR compliance model (persons, authorizations,
 * sources, cards, audit records, subscription history), the rules every value obeys, the fluent
 * entry point {@link dev.compliancecard.ComplianceCards}, the store interfaces hosts and
 * adapters implement, and an in-memory store.
 */
module dev.compliancecard.core {
    requires transitive jakarta.validation;
    requires org.hibernate.validator;
    requires org.slf4j;
    requires static org.immutables.value;

    exports dev.compliancecard;
    exports dev.compliancecard.audit;
    exports dev.compliancecard.card;
    exports dev.compliancecard.memory;
    exports dev.compliancecard.person;
    exports dev.compliancecard.rules;
    exports dev.compliancecard.spi;
    exports dev.compliancecard.subscription;

    opens dev.compliancecard.card to org.hibernate.validator;
    opens dev.compliancecard.person to org.hibernate.validator;
    opens dev.compliancecard.internal to org.hibernate.validator;
}
