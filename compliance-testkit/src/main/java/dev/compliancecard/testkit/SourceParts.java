package dev.compliancecard.testkit;

import dev.compliancecard.card.Source;
import dev.compliancecard.card.SourceType;
import dev.compliancecard.rules.ViolationException;

/**
 * The raw parts of a source, valid or not. Both parts may be null.
 *
 * @param type the type of source
 * @param description the description
 */
public record SourceParts(SourceType type, String description) {

    /**
     * Builds the source.
     *
     * @return the source
     * @throws ViolationException listing every broken rule
     */
    public Source build() {
        return Source.of(type, description);
    }
}
