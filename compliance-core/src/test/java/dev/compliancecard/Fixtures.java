package dev.compliancecard;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

import dev.compliancecard.memory.InMemoryComplianceStore;
import dev.compliancecard.person.Person;
import dev.compliancecard.person.PersonId;
import dev.compliancecard.spi.ComplianceStore;

/** Shared data of the core's own tests; hosts use the testkit instead. */
public final class Fixtures {

    public static final Instant NOW = Instant.parse("2025-06-30T12:00:00Z");
    public static final LocalDate TODAY = LocalDate.of(2025, 6, 30);
    public static final Clock CLOCK = Clock.fixed(NOW, ZoneOffset.UTC);
    public static final Actor ALICE = Actor.of("alice");
    public static final Actor ADMIN = Actor.of("admin-1", Permission.ADMIN);

    private Fixtures() {
    }

    public static ComplianceCards cards(ComplianceStore store) {
        return ComplianceCards.builder().store(store).clock(CLOCK).build();
    }

    public static ComplianceCards cards() {
        return cards(new InMemoryComplianceStore());
    }

    public static Person person(String id) {
        return Person.builder()
                .id(PersonId.of(id))
                .firstName("Ada")
                .lastName("Lovelace")
                .email("ada@example.org")
                .createdAt(NOW.minusSeconds(3600))
                .updatedAt(NOW.minusSeconds(60))
                .build();
    }

    public static List<PersonId> addPersons(ComplianceCards cards, int count) {
        List<PersonId> ids = new ArrayList<>(count);
        for (int i = 1; i <= count; i++) {
            Person person = person("p-" + i);
            cards.as(ALICE).addPerson(person);
            ids.add(person.id());
        }
        return ids;
    }
}
