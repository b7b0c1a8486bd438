package dev.compliancecard;

import java.time.Instant;
import java.util.Objects;

import dev.compliancecard.audit.AuditAction;
import dev.compliancecard.audit.AuditValues;
import dev.compliancecard.card.Authorization;
import dev.compliancecard.card.ComplianceCard;
import dev.compliancecard.card.Source;

/**
 * One settable part of a card, with how to read it, change it and describe it for the audit
 * trail, so that single and bulk changes share one path.
 */
abstract class CardField<V> {

    static final CardField<Authorization> AUTHORIZATION = new CardField<>(AuditAction.AUTHORIZATION_SET) {
        @Override
        Authorization read(ComplianceCard card) {
            return card.authorization().orElse(null);
        }

        @Override
        ComplianceCard write(ComplianceCard card, Authorization value, Instant at, String actorId) {
            return card.withAuthorization(value, at, actorId);
        }

        @Override
        String describe(Authorization value) {
            return AuditValues.describe(value);
        }
    };

    static final CardField<Source> SOURCE = new CardField<>(AuditAction.SOURCE_SET) {
        @Override
        Source read(ComplianceCard card) {
            return card.source().orElse(null);
        }

        @Override
        ComplianceCard write(ComplianceCard card, Source value, Instant at, String actorId) {
            return card.withSource(value, at, actorId);
        }

        @Override
        String describe(Source value) {
            return AuditValues.describe(value);
        }
    };

    private final AuditAction action;

    private CardField(AuditAction action) {
        this.action = action;
    }

    AuditAction action() {
        return action;
    }

    /**
     * Checks a value against every rule, the clock rules included, before it is applied; null
     * (unset) is always allowed. Single and bulk changes both call this, once per request.
     */
    void requireValid(ComplianceCards cards, V value) {
        if (value != null) {
            cards.requireValid(value);
        }
    }

    boolean holds(ComplianceCard card, V value) {
        return Objects.equals(read(card), value);
    }

    abstract V read(ComplianceCard card);

    abstract ComplianceCard write(ComplianceCard card, V value, Instant at, String actorId);

    abstract String describe(V value);
}
