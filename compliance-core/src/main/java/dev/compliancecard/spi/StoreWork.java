package dev.compliancecard.spi;

/**
 * Work to run inside one store transaction.
 *
 * @param <T> what the work returns
 */
@FunctionalInterface
public interface StoreWork<T> {

    /**
     * Runs the work.
     *
     * @param transaction the repositories of the open transaction; valid only during the call
     * @return the result
     */
    T run(StoreTransaction transaction);
}
