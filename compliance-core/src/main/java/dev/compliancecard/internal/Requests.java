package dev.compliancecard.internal;

import java.util.List;

import jakarta.validation.constraints.Positive;

import dev.compliancecard.person.PersonId;
import dev.compliancecard.rules.BulkIds;
import dev.compliancecard.rules.Required;

/**
 * Declares the rules of the parts of a change request that are checked before the change is
 * made, for {@link Rules#requireValidValue}. Never instantiated: its accessors only carry the
 * constraints.
 */
public final class Requests {

    private Requests() {
    }

    /**
     * The persons a bulk change names.
     *
     * @return never
     * @throws UnsupportedOperationException always: the accessor only carries the rules
     */
    @Required
    @BulkIds
    public List<PersonId> personIds() {
        throw new UnsupportedOperationException("Requests only carries rules");
    }

    /**
     * The card version a change expects.
     *
     * @return never
     * @throws UnsupportedOperationException always: the accessor only carries the rules
     */
    @Positive(message = "version.positive")
    public long expectedVersion() {
        throw new UnsupportedOperationException("Requests only carries rules");
    }
}
