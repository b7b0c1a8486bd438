package dev.compliancecard.card;

import java.util.Optional;

import org.immutables.value.Value;

import dev.compliancecard.internal.Rules;
import dev.compliancecard.internal.ValueStyle;
import dev.compliancecard.rules.BoundedText;
import dev.compliancecard.rules.ConsistentSource;
import dev.compliancecard.rules.Required;
import dev.compliancecard.rules.ViolationException;

/**
 * Where a person's data first came from. {@link SourceType#OTHER} carries a non-blank
 * description, which no other type carries.
 *
 * <p>Instances are immutable and thread-safe.
 */
// Immutables' annotations are compile-time only; hosts need not read their module.
@SuppressWarnings("exports")
@Value.Immutable
@ValueStyle
@ConsistentSource
public abstract class Source {

    /** The largest length of a description, in code points. */
    public static final int MAX_TEXT_LENGTH = 500;

    Source() {
    }

    /**
     * Returns the type of source.
     *
     * @return the type, never null
     */
    @Required
    public abstract SourceType type();

    /**
     * Returns the description of a source of type {@link SourceType#OTHER}.
     *
     * @return the description, present for that type alone
     */
    public abstract Optional<@BoundedText(max = MAX_TEXT_LENGTH, blank = true) String> description();

    /**
     * Builds a source from parts; both may be null, and every broken rule is reported at once.
     *
     * @param type the type of source
     * @param description the description, for {@link SourceType#OTHER} only
     * @return the source
     * @throws ViolationException listing every broken rule
     */
    public static Source of(SourceType type, String description) {
        if (type == null) {
            Rules.rejectProperties(Source.class, "Source",
                    Rules.property("type", null),
                    Rules.property("description", Optional.ofNullable(description)));
        }
        return new ImmutableSource.Builder()
                .type(type)
                .description(Optional.ofNullable(description))
                .build();
    }

    /**
     * A source of a type that needs no description.
     *
     * @param type the type; not {@link SourceType#OTHER}
     * @return the source
     * @throws ViolationException if the type is null or is {@link SourceType#OTHER}
     */
    public static Source of(SourceType type) {
        return of(type, null);
    }

    /**
     * A source outside the listed types, described in text.
     *
     * @param description the description; not blank
     * @return the source
     * @throws ViolationException if the description is missing or breaks a rule
     */
    public static Source other(String description) {
        return of(SourceType.OTHER, description);
    }

    @Value.Check
    void check() {
        Rules.requireValid(this, "Source");
    }
}
