package dev.compliancecard;

/**
 * The root of every exception the library throws on purpose. It is unchecked; subtypes are
 * named for what failed. Messages never contain personal data.
 */
public class ComplianceException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    /**
     * Creates an exception with a message.
     *
     * @param message what failed and, where known, how to fix it
     */
    public ComplianceException(String message) {
        super(message);
    }

    /**
     * Creates an exception with a message and a cause.
     *
     * @param message what failed and, where known, how to fix it
     * @param cause the underlying failure
     */
    public ComplianceException(String message, Throwable cause) {
        super(message, cause);
    }
}
