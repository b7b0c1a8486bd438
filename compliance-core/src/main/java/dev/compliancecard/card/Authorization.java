package dev.compliancecard.card;

import java.time.LocalDate;
import java.util.Optional;

import org.immutables.value.Value;

import dev.compliancecard.internal.Rules;
import dev.compliancecard.internal.ValueStyle;
import dev.compliancecard.rules.BoundedText;
import dev.compliancecard.rules.Clocked;
import dev.compliancecard.rules.ConsistentAuthorization;
import dev.compliancecard.rules.NotBeforeEpoch;
import dev.compliancecard.rules.NotInFuture;
import dev.compliancecard.rules.Required;
import dev.compliancecard.rules.ViolationException;

/**
 * The legal basis for processing one person's data (GDPR Art. 6(1)).
 *
 * <p>An instance always satisfies the rules that need no clock: consent carries a consent date
 * and a non-blank purpose, which no other type carries; {@link AuthorizationType#OTHER} carries a
 * non-blank description, which no other type carries; texts are bounded and free of control
 * characters. Whether the consent date lies in the future is checked against the library's clock
 * when the authorization is applied to a card.
 *
 * <p>Instances are immutable and thread-safe.
 */
// Immutables' annotations are compile-time only; hosts need not read their module.
@SuppressWarnings("exports")
@Value.Immutable
@ValueStyle
@ConsistentAuthorization
public abstract class Authorization {

    /** The largest length of a purpose or description, in code points. */
    public static final int MAX_TEXT_LENGTH = 500;

    Authorization() {
    }

    /**
     * Returns the type of legal basis.
     *
     * @return the type, never null
     */
    @Required
    public abstract AuthorizationType type();

    /**
     * Returns the day the person consented; present for consent alone.
     *
     * @return the consent date
     */
    public abstract Optional<@NotBeforeEpoch @NotInFuture(groups = Clocked.class) LocalDate> consentDate();

    /**
     * Returns the processing purpose the person consented to; present for consent alone.
     *
     * @return the purpose
     */
    public abstract Optional<@BoundedText(max = MAX_TEXT_LENGTH, blank = true) String> purpose();

    /**
     * Returns the description of a basis of type {@link AuthorizationType#OTHER}; present for
     * that type alone.
     *
     * @return the description
     */
    public abstract Optional<@BoundedText(max = MAX_TEXT_LENGTH, blank = true) String> description();

    /**
     * Builds an authorization from parts as they arrive from a form, a file or a bulk request.
     * Every part may be null; every broken rule is reported at once.
     *
     * @param type the type of legal basis
     * @param consentDate the consent date, for consent only
     * @param purpose the processing purpose, for consent only
     * @param description the description, for {@link AuthorizationType#OTHER} only
     * @return the authorization
     * @throws ViolationException listing every broken rule
     */
    public static Authorization of(AuthorizationType type, LocalDate consentDate, String purpose,
            String description) {
        if (type == null) {
            Rules.rejectProperties(Authorization.class, "Authorization",
                    Rules.property("type", null),
                    Rules.property("consentDate", Optional.ofNullable(consentDate)),
                    Rules.property("purpose", Optional.ofNullable(purpose)),
                    Rules.property("description", Optional.ofNullable(description)));
        }
        return new ImmutableAuthorization.Builder()
                .type(type)
                .consentDate(Optional.ofNullable(consentDate))
                .purpose(Optional.ofNullable(purpose))
                .description(Optional.ofNullable(description))
                .build();
    }

    /**
     * Consent (Art. 6(1)(a)) given on a day for a purpose.
     *
     * @param consentDate the day of consent; not after today by the library's clock
     * @param purpose the processing purpose; not blank
     * @return the authorization
     * @throws ViolationException if a part is missing or breaks a rule
     */
    public static Authorization consent(LocalDate consentDate, String purpose) {
        return of(AuthorizationType.CONSENT, consentDate, purpose, null);
    }

    /**
     * A basis of the given type that needs no further fields, such as
     * {@link AuthorizationType#LEGITIMATE_INTEREST}.
     *
     * @param type the type; neither {@link AuthorizationType#CONSENT} nor
     *     {@link AuthorizationType#OTHER}, which need more fields
     * @return the authorization
     * @throws ViolationException if the type is null or needs more fields
     */
    public static Authorization of(AuthorizationType type) {
        return of(type, null, null, null);
    }

    /**
     * Legitimate interest (Art. 6(1)(f)).
     *
     * @return the authorization
     */
    public static Authorization legitimateInterest() {
        return of(AuthorizationType.LEGITIMATE_INTEREST);
    }

    /**
     * A basis outside Art. 6(1), described in text.
     *
     * @param description the description; not blank
     * @return the authorization
     * @throws ViolationException if the description is missing or breaks a rule
     */
    public static Authorization other(String description) {
        return of(AuthorizationType.OTHER, null, null, description);
    }

    @Value.Check
    void check() {
        Rules.requireValid(this, "Authorization");
    }
}
