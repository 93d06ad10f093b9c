package org.openmint.cache;

import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;

import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Remembers lookups of reference data so that a metered call does not read the catalog, the account
 * and its app from the database each time. Values must be immutable (records of immutable lists).
 *
 * <p>Any change of a JPA entity ({@link ReferenceCacheInterceptor}) clears the whole cache at once and
 * again when the changing transaction ends, so no reader can keep a value older than the last commit
 * that changed it: a load that overlaps a change is not kept (a generation counter tells), and the
 * transaction that changes data reads around the cache until it ends, seeing its own writes. Writes to
 * reference data are rare (administration), so clearing everything keeps the rule simple. Only
 * this JVM's changes are seen: run one OpenMint instance per database.
 *
 * <p>A hit costs a map lookup and no transaction; a miss runs the loader in a read-only transaction
 * (joining the caller's, as {@code @Transactional(readOnly = true)} would).
 */
@Component
public class ReferenceCache {

    /** Beyond this many entries the cache starts over (about 100 bytes to 2 KB each). */
    static final int MAX_ENTRIES = 100_000;

    private final ConcurrentHashMap<Key, Object> entries = new ConcurrentHashMap<>();
    private final AtomicLong generation = new AtomicLong();
    private final TransactionTemplate readOnly;

    ReferenceCache(PlatformTransactionManager transactions) {
        this.readOnly = new TransactionTemplate(transactions);
        this.readOnly.setReadOnly(true);
    }

    /**
     * The cached value of {@code kind} for the organization and {@code id}, else what {@code loader}
     * returns (kept unless null or a change overlapped the load). What the loader throws is passed on
     * and not kept.
     */
    @SuppressWarnings("unchecked")
    public <V> V get(String kind, String org, Object id, Supplier<V> loader) {
        if (changedInThisTransaction()) {
            return readOnly.execute(status -> loader.get());
        }
        Key k = new Key(kind, org, id);
        Object cached = entries.get(k);
        if (cached != null) {
            return (V) cached;
        }
        long seen = generation.get();
        V value = readOnly.execute(status -> loader.get());
        if (value != null && generation.get() == seen) {
            if (entries.size() >= MAX_ENTRIES) {
                entries.clear();
            }
            entries.put(k, value);
            if (generation.get() != seen) {
                entries.remove(k, value);
            }
        }
        return value;
    }

    /** Forgets everything now and again when the current transaction, if any, ends. */
    public void invalidate() {
        clear();
        if (TransactionSynchronizationManager.isSynchronizationActive() && !changedInThisTransaction()) {
            TransactionSynchronizationManager.bindResource(this, Boolean.TRUE);
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCompletion(int status) {
                    TransactionSynchronizationManager.unbindResourceIfPossible(ReferenceCache.this);
                    clear();
                }
            });
        }
    }

    /** How many values are cached. */
    int size() {
        return entries.size();
    }

    private void clear() {
        generation.incrementAndGet();
        entries.clear();
    }

    private boolean changedInThisTransaction() {
        return TransactionSynchronizationManager.hasResource(this);
    }

    private record Key(String kind, String org, Object id) {
    }
}
