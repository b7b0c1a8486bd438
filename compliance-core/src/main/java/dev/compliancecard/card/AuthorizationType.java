package dev.compliancecard.card;

import java.util.Optional;

/**
 * The legal basis for processing a person's data, with its letter in GDPR Art. 6(1).
 */
public enum AuthorizationType {
    /** Art. 6(1)(a): the person consented, on a date, for a purpose. */
    CONSENT('a'),
    /** Art. 6(1)(b): performance of a contract with the person. */
    CONTRACT_PERFORMANCE('b'),
    /** Art. 6(1)(c): a legal obligation of the controller. */
    LEGAL_OBLIGATION('c'),
    /** Art. 6(1)(d): the vital interests of the person or of another natural person. */
    VITAL_INTERESTS('d'),
    /** Art. 6(1)(e): a task in the public interest or in the exercise of official authority. */
    PUBLIC_INTEREST('e'),
    /** Art. 6(1)(f): the legitimate interests of the controller or a third party. */
    LEGITIMATE_INTEREST('f'),
    /** A basis outside Art. 6(1), described in text. */
    OTHER('\0');

    private final char article6Letter;

    AuthorizationType(char article6Letter) {
        this.article6Letter = article6Letter;
    }

    /**
     * Returns the letter of GDPR Art. 6(1) for this type, such as {@code 'a'} for consent.
     *
     * @return the letter, or empty for {@link #OTHER}
     */
    public Optional<Character> article6Letter() {
        return article6Letter == '\0' ? Optional.empty() : Optional.of(article6Letter);
    }
}
