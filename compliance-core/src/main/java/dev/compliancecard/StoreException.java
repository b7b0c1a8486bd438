package dev.compliancecard;


/**
 * Thrown when a store fails for a reason outside the library's rules, such as a lost
 * connection. The transaction it happened in was rolled back; the message names the action that
 * failed and never holds personal data.
 */
public class StoreException extends ComplianceException {

    private static final long serialVersionUID = 1L;

    /**
     * Creates the exception.
     *
     * @param message what failed
     * @param cause the underlying failure
     */
    public StoreException(String message, Throwable cause) {
        super(message, cause);
    }

    /**
     * Creates the exception without a cause.
     *
     * @param message what failed
     */
    public StoreException(String message) {
        super(message);
    }

}
