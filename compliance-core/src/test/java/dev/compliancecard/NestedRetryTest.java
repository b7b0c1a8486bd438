package dev.compliancecard;

import static dev.compliancecard.Fixtures.ALICE;
import static dev.compliancecard.Fixtures.addPersons;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;

import dev.compliancecard.audit.AuditAction;
import dev.compliancecard.card.ComplianceCard;
import dev.compliancecard.card.Source;
import dev.compliancecard.card.SourceType;
import dev.compliancecard.memory.InMemoryComplianceStore;
import dev.compliancecard.person.PersonId;
import dev.compliancecard.spi.AuditRepository;
import dev.compliancecard.spi.CardRepository;
import dev.compliancecard.spi.ComplianceStore;
import dev.compliancecard.spi.PersonRepository;
import dev.compliancecard.spi.StoreTransaction;
import dev.compliancecard.spi.StoreWork;
import dev.compliancecard.spi.SubscriptionRepository;
import dev.compliancecard.spi.SuppressionRepository;

/**
 * A change that runs inside a transaction the host opened is never tried again inside it: the
 * conflict reaches the host, whose transaction rolls back, so no card changes without its audit
 * record.
 */
class NestedRetryTest {

    @Test
    void aConflictInsideATransactionTheHostOpenedRollsItBackInsteadOfRetryingInside() {
        // Given: a store whose first card update writes the first card, then loses the race for the
        // second, as a JDBC batch does when a concurrent writer changed that card after the read
        RacingStore store = new RacingStore();
        ComplianceCards cards = Fixtures.cards(store);
        List<PersonId> ids = addPersons(cards, 2);
        Source crmSync = Source.of(SourceType.CRM_SYNC);

        // When: the host runs the bulk change in a transaction of its own
        store.racing = true;
        assertThatThrownBy(() -> store.inTransaction(
                tx -> cards.as(ALICE).forPersons(ids).setSource(crmSync)))
                .isInstanceOf(VersionConflictException.class)
                .hasMessageContaining("nothing was changed")
                .hasMessageNotContaining("read the card again");
        store.racing = false;

        // Then: the change was tried once, and neither card changed
        assertThat(store.updates.get()).isEqualTo(1);
        for (PersonId id : ids) {
            assertThat(cards.card(id).orElseThrow().version()).as("version of %s", id).isEqualTo(1);
            assertThat(cards.auditTrail(id)).extracting(record -> record.action())
                    .containsExactly(AuditAction.PERSON_ADDED);
        }
    }

    @Test
    void outsideAHostTransactionTheSameConflictIsTriedAgainAndAuditedOnce() {
        // Given
        RacingStore store = new RacingStore();
        ComplianceCards cards = Fixtures.cards(store);
        List<PersonId> ids = addPersons(cards, 2);

        // When
        store.racing = true;
        BulkConfirmation done = cards.as(ALICE).forPersons(ids).setSource(Source.of(SourceType.CRM_SYNC));
        store.racing = false;

        // Then
        assertThat(done.changed()).isEqualTo(2);
        assertThat(store.updates.get()).isEqualTo(2);
        for (PersonId id : ids) {
            assertThat(cards.auditTrail(id)).extracting(record -> record.action())
                    .containsExactly(AuditAction.PERSON_ADDED, AuditAction.SOURCE_SET);
        }
    }

    /** An in-memory store whose first card update, while racing, applies all but the last card. */
    private static final class RacingStore implements ComplianceStore {

        private final InMemoryComplianceStore target = new InMemoryComplianceStore();
        private final AtomicInteger updates = new AtomicInteger();
        private volatile boolean racing;

        @Override
        public <T> T inTransaction(StoreWork<T> work) {
            return target.inTransaction(tx -> work.run(new Racing(tx)));
        }

        @Override
        public boolean isInTransaction() {
            return target.isInTransaction();
        }

        private final class Racing implements StoreTransaction {

            private final StoreTransaction tx;

            Racing(StoreTransaction tx) {
                this.tx = tx;
            }

            @Override
            public PersonRepository persons() {
                return tx.persons();
            }

            @Override
            public CardRepository cards() {
                return new ForwardingCardRepository(tx.cards()) {
                    @Override
                    public void update(List<ComplianceCard> changed) {
                        if (racing && updates.incrementAndGet() == 1 && changed.size() > 1) {
                            super.update(changed.subList(0, changed.size() - 1));
                            ComplianceCard lost = changed.get(changed.size() - 1);
                            throw new VersionConflictException(lost.personId(), lost.version() - 1,
                                    lost.version());
                        }
                        super.update(changed);
                    }
                };
            }

            @Override
            public AuditRepository audit() {
                return tx.audit();
            }

            @Override
            public SubscriptionRepository subscriptions() {
                return tx.subscriptions();
            }

            @Override
            public SuppressionRepository suppressions() {
                return tx.suppressions();
            }
        }
    }
}
