package dev.compliancecard.spi;

import dev.compliancecard.StoreException;

/**
 * Where the library keeps persons, cards, audit records, subscription history and suppression
 * entries. Hosts pick an implementation (in memory, JDBC) or write their own; every
 * implementation must pass the repository contract suite.
 *
 * <p>Implementations must be thread-safe.
 */
public interface ComplianceStore {

    /**
     * Runs work in one transaction: everything it writes is kept if it returns normally, and
     * nothing is kept if it throws. A call made while the same thread already runs a
     * transaction of this store joins that transaction.
     *
     * @param <T> what the work returns
     * @param work the work; must not keep the transaction after it returns
     * @return what the work returned
     * @throws StoreException if the store fails; the transaction was rolled back
     * @throws RuntimeException whatever the work threw, after the rollback
     */
    <T> T inTransaction(StoreWork<T> work);

    /**
     * Tells whether the calling thread is already inside a transaction of this store, so that a
     * call of {@link #inTransaction} now would join it rather than start one. The library never
     * tries a change again inside a transaction it joined: the transaction's owner, its
     * outermost caller, decides whether to run it again.
     *
     * <p>The default answers {@code true}, which is always safe: a store that cannot tell has
     * changes tried once, their conflicts passed to the caller. Stores should answer exactly;
     * every shipped store does. Must not block; may be called from any thread.
     *
     * @return true if the calling thread runs a transaction of this store
     */
    default boolean isInTransaction() {
        return true;
    }
}
