package dev.compliancecard.audit;

import dev.compliancecard.card.Authorization;
import dev.compliancecard.card.Source;

/**
 * The stable text form in which audit records keep compliance values, such as
 * {@code CONSENT;consentDate=2024-08-13;purpose=Newsletter} or {@code OTHER;description=Fair}.
 * Purposes and descriptions are compliance values, not personal data.
 */
public final class AuditValues {

    private AuditValues() {
    }

    /**
     * Describes an authorization.
     *
     * @param authorization the authorization, or null
     * @return its text form, or null if authorization is null
     */
    public static String describe(Authorization authorization) {
        if (authorization == null) {
            return null;
        }
        StringBuilder text = new StringBuilder(authorization.type().name());
        authorization.consentDate().ifPresent(date -> text.append(";consentDate=").append(date));
        authorization.purpose().ifPresent(purpose -> text.append(";purpose=").append(purpose));
        authorization.description().ifPresent(description -> text.append(";description=").append(description));
        return text.toString();
    }

    /**
     * Describes a source.
     *
     * @param source the source, or null
     * @return its text form, or null if source is null
     */
    public static String describe(Source source) {
        if (source == null) {
            return null;
        }
        return source.type().name() + source.description().map(d -> ";description=" + d).orElse("");
    }
}
