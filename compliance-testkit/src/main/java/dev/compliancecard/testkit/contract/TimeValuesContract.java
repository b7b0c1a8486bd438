package dev.compliancecard.testkit.contract;

import static dev.compliancecard.testkit.contract.ContractData.DAYS;
import static dev.compliancecard.testkit.contract.ContractData.INSTANTS;
import static dev.compliancecard.testkit.contract.ContractData.ZONES;
import static dev.compliancecard.testkit.contract.ContractData.id;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.TimeZone;

import org.junit.jupiter.api.Test;

import dev.compliancecard.audit.AuditAction;
import dev.compliancecard.audit.AuditRecord;
import dev.compliancecard.card.Authorization;
import dev.compliancecard.card.ComplianceCard;
import dev.compliancecard.person.Person;
import dev.compliancecard.person.PersonId;
import dev.compliancecard.subscription.SubscriptionEvent;
import dev.compliancecard.subscription.SubscriptionStatus;
import dev.compliancecard.subscription.SuppressionEntry;

/**
 * What every store must do with time values: instants come back exactly to the microsecond and
 * consent dates as the same day, whatever the time zone of the JVM.
 *
 * <p>Some tests change the JVM's default time zone while they run and restore it afterwards;
 * run contracts one at a time.
 */
public interface TimeValuesContract extends StoreContract {

    /** Microsecond instants come back exactly in every value. */
    @Test
    default void microsecondInstantsComeBackExactlyInEveryValue() {
        for (int i = 0; i < INSTANTS.size(); i++) {
            assertInstantsComeBack("p-" + i, INSTANTS.get(i));
        }
    }

    /** Instants come back exactly whatever the JVM time zone. */
    @Test
    default void instantsComeBackExactlyWhateverTheJvmTimeZone() {
        for (String zone : ZONES) {
            inZone(zone, () -> {
                for (int i = 0; i < INSTANTS.size(); i++) {
                    assertInstantsComeBack(zone + "-" + i, INSTANTS.get(i));
                }
            });
        }
    }

    /** Instants written in one time zone read the same in another. */
    @Test
    default void instantsWrittenInOneTimeZoneReadTheSameInAnother() {
        inZone("Pacific/Kiritimati", () -> run(tx -> tx.persons().insert(personAt("p-1", INSTANTS.get(1)))));

        inZone("Pacific/Pago_Pago", () -> assertThat(findPerson(id("p-1")))
                .contains(personAt("p-1", INSTANTS.get(1))));
    }

    /** Instants finer than a microsecond come back right to the microsecond. */
    @Test
    default void instantsFinerThanAMicrosecondComeBackRightToTheMicrosecond() {
        Instant withNanos = Instant.parse("2024-05-06T07:08:09.123456789Z");

        run(tx -> tx.persons().insert(personAt("p-1", withNanos)));

        Instant read = findPerson(id("p-1")).orElseThrow().createdAt();
        assertThat(read.truncatedTo(ChronoUnit.MICROS)).isEqualTo(withNanos.truncatedTo(ChronoUnit.MICROS));
    }

    /** Consent dates come back as the same day whatever the JVM time zone. */
    @Test
    default void consentDatesComeBackAsTheSameDayWhateverTheJvmTimeZone() {
        for (String zone : ZONES) {
            inZone(zone, () -> {
                for (int i = 0; i < DAYS.size(); i++) {
                    PersonId id = id(zone + "-" + i);
                    ComplianceCard card = ComplianceCard.of(id, Authorization.consent(DAYS.get(i), "Newsletter"),
                            null, 1, INSTANTS.get(1), "editor");

                    run(tx -> tx.cards().insert(card));

                    assertThat(findCard(id)).contains(card);
                }
            });
        }
    }

    private void assertInstantsComeBack(String personId, Instant at) {
        // Given
        PersonId id = id(personId);
        Person person = personAt(personId, at);
        ComplianceCard card = ComplianceCard.of(id, null, null, 1, at, "editor");
        AuditRecord record = AuditRecord.of(at, "editor", AuditAction.EXPORTED, id, null, null);
        SubscriptionEvent event = SubscriptionEvent.of(id, SubscriptionStatus.OPTED_OUT, "link", "recipient", at,
                null);
        SuppressionEntry entry = SuppressionEntry.of(Integer.toHexString(personId.hashCode()), at);

        // When
        run(tx -> {
            tx.persons().insert(person);
            tx.cards().insert(card);
            tx.audit().append(List.of(record));
            tx.subscriptions().append(event);
            tx.suppressions().add(entry);
        });

        // Then
        assertThat(findPerson(id)).as("person at %s", at).contains(person);
        assertThat(findCard(id)).as("card at %s", at).contains(card);
        assertThat(auditTrail(id)).as("audit at %s", at).containsExactly(record);
        assertThat(history(id)).as("event at %s", at).containsExactly(event);
        assertThat(findSuppression(entry.emailHash())).as("entry at %s", at)
                .contains(entry);
    }

    private static Person personAt(String id, Instant at) {
        return Person.builder().id(id(id)).createdAt(at).updatedAt(at.plus(1, ChronoUnit.MICROS)).build();
    }

    private static void inZone(String zone, Runnable action) {
        TimeZone original = TimeZone.getDefault();
        TimeZone.setDefault(TimeZone.getTimeZone(zone));
        try {
            action.run();
        } finally {
            TimeZone.setDefault(original);
        }
    }
}
