package dev.compliancecard.testkit.contract;

import static dev.compliancecard.testkit.contract.ContractData.ARABIC;
import static dev.compliancecard.testkit.contract.ContractData.CJK;
import static dev.compliancecard.testkit.contract.ContractData.COMBINING;
import static dev.compliancecard.testkit.contract.ContractData.EMOJI;
import static dev.compliancecard.testkit.contract.ContractData.HEBREW;
import static dev.compliancecard.testkit.contract.ContractData.PERSON_AT_LAPTOP;
import static dev.compliancecard.testkit.contract.ContractData.CHANGED;
import static dev.compliancecard.testkit.contract.ContractData.CONSENT_DAY;
import static dev.compliancecard.testkit.contract.ContractData.CREATED;
import static dev.compliancecard.testkit.contract.ContractData.id;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

import dev.compliancecard.audit.AuditAction;
import dev.compliancecard.audit.AuditRecord;
import dev.compliancecard.card.Authorization;
import dev.compliancecard.card.ComplianceCard;
import dev.compliancecard.card.Source;
import dev.compliancecard.person.Person;
import dev.compliancecard.person.PersonId;
import dev.compliancecard.subscription.SubscriptionEvent;
import dev.compliancecard.subscription.SubscriptionStatus;

/**
 * What every store must do with text: keep any script exactly, including characters outside
 * the Basic Multilingual Plane, up to the bounds the values allow.
 */
public interface UnicodeContract extends StoreContract {


    /** Personal data in any script comes back unchanged. */
    @Test
    default void personalDataInAnyScriptComesBackUnchanged() {
        Person person = Person.builder()
                .id(id("p-1"))
                .firstName(COMBINING + " " + PERSON_AT_LAPTOP)
                .lastName(CJK)
                .company(ARABIC + " " + EMOJI)
                .title(HEBREW)
                .email("\u0434\u0436\u043E@\u4F8B\u3048.jp")
                .other(HEBREW + "\n" + ARABIC + "\n" + CJK)
                .twitter("@" + EMOJI)
                .createdAt(CREATED)
                .updatedAt(CREATED)
                .build();

        run(tx -> tx.persons().insert(person));

        assertThat(findPerson(id("p-1"))).contains(person);
    }

    /** Text as long as its bound in four byte characters fits. */
    @Test
    default void textAsLongAsItsBoundInFourByteCharactersFits() {
        // Given: every bound is counted in code points, each of these takes four bytes in UTF-8
        Person person = Person.builder()
                .id(id(EMOJI.repeat(PersonId.MAX_LENGTH)))
                .firstName(EMOJI.repeat(Person.MAX_NAME_LENGTH))
                .phoneNumber(EMOJI.repeat(Person.MAX_PHONE_LENGTH))
                .website(EMOJI.repeat(Person.MAX_URL_LENGTH))
                .other(EMOJI.repeat(Person.MAX_OTHER_LENGTH))
                .createdAt(CREATED)
                .updatedAt(CREATED)
                .build();
        ComplianceCard card = ComplianceCard.of(person.id(),
                Authorization.consent(CONSENT_DAY, EMOJI.repeat(Authorization.MAX_TEXT_LENGTH)),
                Source.other(CJK.repeat(Source.MAX_TEXT_LENGTH / CJK.codePointCount(0, CJK.length()))),
                1, CHANGED, EMOJI.repeat(128));

        // When
        run(tx -> {
            tx.persons().insert(person);
            tx.cards().insert(card);
        });

        // Then
        assertThat(findPerson(person.id())).contains(person);
        assertThat(findCard(person.id())).contains(card);
    }

    /** Ids in any script are distinct keys. */
    @Test
    default void idsInAnyScriptAreDistinctKeys() {
        List<String> ids = List.of(CJK, HEBREW, ARABIC, EMOJI, PERSON_AT_LAPTOP, "Zoe\u0301", "Zo\u00E9");

        run(tx -> ids.forEach(value -> tx.cards().insert(ComplianceCard.of(id(value), null, null, 1, CHANGED,
                "editor"))));

        assertThat(findCards(ids.stream().map(PersonId::of).toList()))
                .hasSize(ids.size());
        assertThat(findCard(id("Zo\u00E9"))).isPresent();
    }

    /** Compliance values and history in any script come back unchanged. */
    @Test
    default void complianceValuesAndHistoryInAnyScriptComeBackUnchanged() {
        // Given
        PersonId id = id(CJK);
        ComplianceCard card = ComplianceCard.of(id, Authorization.other(HEBREW + " " + EMOJI),
                Source.other(ARABIC), 1, CHANGED, PERSON_AT_LAPTOP);
        AuditRecord record = AuditRecord.of(CHANGED, PERSON_AT_LAPTOP, AuditAction.AUTHORIZATION_SET, id,
                "CONSENT;purpose=" + CJK, "OTHER;description=" + HEBREW + " " + EMOJI);
        SubscriptionEvent event = SubscriptionEvent.of(id, SubscriptionStatus.OPTED_IN, "formulaire-" + EMOJI,
                ARABIC, CHANGED, COMBINING);

        // When
        run(tx -> {
            tx.cards().insert(card);
            tx.audit().append(List.of(record));
            tx.subscriptions().append(event);
        });

        // Then
        assertThat(findCard(id)).contains(card);
        assertThat(auditTrail(id)).containsExactly(record);
        assertThat(history(id)).containsExactly(event);
    }
}
