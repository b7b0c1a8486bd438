package dev.compliancecard.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Optional;

import dev.compliancecard.card.Authorization;
import dev.compliancecard.card.AuthorizationType;
import dev.compliancecard.card.ComplianceCard;
import dev.compliancecard.card.Source;
import dev.compliancecard.card.SourceType;
import dev.compliancecard.person.Person;

/**
 * The rules of the domain, restated from the specification as plain assertions, to check what
 * the library accepted without asking the library.
 */
final class RuleChecks {

    private RuleChecks() {
    }

    static void assertSatisfiesEveryRule(Authorization authorization, LocalDate today) {
        AuthorizationType type = authorization.type();
        assertThat(type).isNotNull();
        if (type == AuthorizationType.CONSENT) {
            LocalDate date = authorization.consentDate().orElseThrow();
            assertThat(date).isBetween(LocalDate.of(1970, 1, 1), today);
            assertThat(authorization.purpose()).hasValueSatisfying(RuleChecks::assertVisibleBoundedLine);
        } else {
            assertThat(authorization.consentDate()).isEmpty();
            assertThat(authorization.purpose()).isEmpty();
        }
        if (type == AuthorizationType.OTHER) {
            assertThat(authorization.description()).hasValueSatisfying(RuleChecks::assertVisibleBoundedLine);
        } else {
            assertThat(authorization.description()).isEmpty();
        }
    }

    static void assertSatisfiesEveryRule(Source source) {
        assertThat(source.type()).isNotNull();
        if (source.type() == SourceType.OTHER) {
            assertThat(source.description()).hasValueSatisfying(RuleChecks::assertVisibleBoundedLine);
        } else {
            assertThat(source.description()).isEmpty();
        }
    }

    static void assertSatisfiesEveryRule(ComplianceCard card, LocalDate today) {
        assertThat(card.personId()).isNotNull();
        assertThat(card.version()).isPositive();
        assertThat(card.changedAt()).isNotNull();
        assertThat(card.changedBy()).isNotBlank();
        card.authorization().ifPresent(a -> assertSatisfiesEveryRule(a, today));
        card.source().ifPresent(RuleChecks::assertSatisfiesEveryRule);
    }

    static void assertSatisfiesEveryRule(Person person) {
        assertThat(person.id().value()).isNotBlank();
        assertThat(person.createdAt()).isNotNull();
        assertThat(person.updatedAt()).isNotNull();
        assertLine(person.firstName(), 255);
        assertLine(person.lastName(), 255);
        assertLine(person.company(), 255);
        assertLine(person.title(), 255);
        assertLine(person.phoneNumber(), 64);
        assertLine(person.website(), 2048);
        assertLine(person.facebook(), 2048);
        assertLine(person.twitter(), 2048);
        assertLine(person.linkedIn(), 2048);
        person.other().ifPresent(other -> {
            assertThat(other.codePointCount(0, other.length())).isLessThanOrEqualTo(4000);
            assertThat(other.codePoints().filter(c -> Character.isISOControl(c) && c != '\t' && c != '\n'
                    && c != '\r')).isEmpty();
            assertWellFormed(other);
        });
        person.email().ifPresent(email -> {
            String address = email.strip();
            assertThat(address.codePointCount(0, address.length())).isLessThanOrEqualTo(320);
            assertThat(address).matches("[^@\\s\\p{Cc}\\u00A0]+@[^@.\\s\\p{Cc}\\u00A0]+(\\.[^@.\\s\\p{Cc}\\u00A0]+)*");
            assertWellFormed(address);
        });
        person.salesforceId().ifPresent(id -> assertThat(id).matches("[A-Za-z0-9]{15}|[A-Za-z0-9]{18}"));
    }

    private static void assertLine(Optional<String> text, int max) {
        text.ifPresent(value -> {
            assertThat(value.codePointCount(0, value.length())).isLessThanOrEqualTo(max);
            assertThat(value.codePoints().filter(c -> Character.isISOControl(c) || c == 0x2028 || c == 0x2029))
                    .isEmpty();
            assertWellFormed(value);
        });
    }

    private static void assertVisibleBoundedLine(String text) {
        assertLine(Optional.of(text), 500);
        assertThat(text.strip().replace("\u00A0", "").replace("\u3000", "").replace("\u2007", "")).isNotEmpty();
    }

    private static void assertWellFormed(String text) {
        assertThat(text.codePoints().filter(c -> c >= 0xD800 && c <= 0xDFFF)).isEmpty();
    }
}
