package dev.compliancecard.person;

import java.util.Locale;

/**
 * The one way the library compares email addresses: trimmed, then lower-cased without regard
 * to the default locale. Stores use it too, so that suppression works the same everywhere.
 */
public final class Emails {

    private Emails() {
    }

    /**
     * Normalises an email address for comparison.
     *
     * @param email an email address; may be null
     * @return the trimmed, lower-cased address, or null if email is null
     */
    public static String normalize(String email) {
        return email == null ? null : email.strip().toLowerCase(Locale.ROOT);
    }
}
