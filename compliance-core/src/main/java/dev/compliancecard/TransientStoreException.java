package dev.compliancecard;


/**
 * Thrown when a store failed for a reason that may pass, such as a deadlock or a serialization
 * failure. The transaction was rolled back; trying again may succeed. The library retries
 * unconditional changes a few times itself before it throws this.
 */
public class TransientStoreException extends StoreException {

    private static final long serialVersionUID = 1L;

    /**
     * Creates the exception.
     *
     * @param message what failed
     * @param cause the underlying failure
     */
    public TransientStoreException(String message, Throwable cause) {
        super(message, cause);
    }

}
