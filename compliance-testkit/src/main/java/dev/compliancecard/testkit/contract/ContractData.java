package dev.compliancecard.testkit.contract;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import dev.compliancecard.audit.AuditAction;
import dev.compliancecard.audit.AuditRecord;
import dev.compliancecard.card.Authorization;
import dev.compliancecard.card.ComplianceCard;
import dev.compliancecard.card.Source;
import dev.compliancecard.card.SourceType;
import dev.compliancecard.person.Person;
import dev.compliancecard.person.PersonId;
import dev.compliancecard.subscription.SubscriptionEvent;
import dev.compliancecard.subscription.SubscriptionStatus;

/**
 * Small builders of the values the contract suite writes, so that every contract states only
 * what differs from an ordinary value.
 */
final class ContractData {

    /** An instant with every microsecond digit set, so that a store that drops any shows it. */
    static final Instant CREATED = Instant.parse("2024-03-01T08:00:00.123456Z");
    static final Instant UPDATED = Instant.parse("2024-08-13T17:45:12.654321Z");
    static final Instant CHANGED = Instant.parse("2024-09-02T06:07:08.090807Z");
    static final LocalDate CONSENT_DAY = LocalDate.of(2024, 8, 13);
    static final String IMPORTER = "importer-1";

    /** More ids than PostgreSQL accepts as bind parameters of one statement (65,535). */
    static final int MANY = 100_000;

    static final String SUPPRESSED_HASH = "9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08";
    static final String OTHER_HASH = "60303ae22b998861bce3b28f33eec1be758a213c86c93c076dbe9f558c11c752";

    /** Zones far apart, with odd offsets and daylight saving time. */
    static final List<String> ZONES = List.of(
            "Pacific/Kiritimati", "Pacific/Pago_Pago", "Asia/Kathmandu", "America/St_Johns", "Europe/Berlin");
    /** Instants at the edges of days, years and daylight saving time, each with microseconds. */
    static final List<Instant> INSTANTS = List.of(
            Instant.parse("1970-01-01T00:00:00.000001Z"),
            Instant.parse("2024-02-29T23:59:59.999999Z"),
            Instant.parse("2024-03-31T01:30:00.500000Z"),
            Instant.parse("2024-10-27T00:59:59.000001Z"),
            Instant.parse("2099-12-31T23:59:59.999999Z"));
    static final List<LocalDate> DAYS = List.of(
            LocalDate.of(1970, 1, 1), LocalDate.of(2000, 2, 29), LocalDate.of(2024, 3, 31),
            LocalDate.of(2024, 12, 31));

    static final String EMOJI = "\uD83D\uDE00";
    static final String PERSON_AT_LAPTOP = "\uD83D\uDC69\u200D\uD83D\uDCBB";
    static final String CJK = "\u5C71\u7530 \u592A\u90CE \uD842\uDFB7";
    static final String HEBREW = "\u05E9\u05DC\u05D5\u05DD";
    static final String ARABIC = "\u0645\u0631\u062D\u0628\u0627";
    static final String COMBINING = "Zoe\u0301 Cafe\u0301 \u00C5ngstr\u00F6m";

    private ContractData() {
    }

    static PersonId id(String value) {
        return PersonId.of(value);
    }

    static List<PersonId> ids(String prefix, int count) {
        List<PersonId> ids = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            ids.add(PersonId.of(String.format("%s-%06d", prefix, i)));
        }
        return ids;
    }

    static Person minimalPerson(String id) {
        return Person.builder().id(id(id)).createdAt(CREATED).updatedAt(CREATED).build();
    }

    static Person fullPerson(String id) {
        return Person.builder()
                .id(id(id))
                .firstName("Ann")
                .lastName("Example")
                .company("Example Ltd")
                .title("Head of Sales")
                .email(" Ann.Example@Example.COM ")
                .phoneNumber("+44 20 7946 0958")
                .website("https://example.com/ann")
                .other("first line\nsecond line")
                .facebook("https://facebook.com/ann.example")
                .twitter("@annexample")
                .linkedIn("https://linkedin.com/in/ann-example")
                .salesforceId("0035g00000AbCdEAAZ")
                .createdAt(CREATED)
                .updatedAt(UPDATED)
                .build();
    }

    static ComplianceCard emptyCard(PersonId id) {
        return ComplianceCard.of(id, null, null, 1, CREATED, IMPORTER);
    }

    static ComplianceCard emptyCard(String id) {
        return emptyCard(id(id));
    }

    static ComplianceCard fullCard(String id) {
        return ComplianceCard.of(id(id), Authorization.consent(CONSENT_DAY, "Newsletter"),
                Source.of(SourceType.IMPORT), 1, CREATED, IMPORTER);
    }

    static AuditRecord record(PersonId id, AuditAction action, String before, String after) {
        return AuditRecord.of(CHANGED, IMPORTER, action, id, before, after);
    }

    static SubscriptionEvent optOut(PersonId id, Instant at) {
        return SubscriptionEvent.of(id, SubscriptionStatus.OPTED_OUT, "unsubscribe-link", "recipient", at, null);
    }
}
