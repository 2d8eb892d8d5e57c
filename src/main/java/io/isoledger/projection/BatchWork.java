package io.isoledger.projection;

import jakarta.transaction.TransactionSynchronizationRegistry;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Per-patient work a read model keeps until {@link ReadModelProjection#beforeCommit()}: a resource of
 * the batch's transaction, so a batch that rolls back leaves none behind.
 */
public final class BatchWork {

    private BatchWork() {}

    /** The transaction's work of this read model, by patient id, in the order the patients came. */
    @SuppressWarnings("unchecked")
    public static <V> Map<String, V> of(TransactionSynchronizationRegistry transaction, Class<?> readModel) {
        Map<String, V> work = (Map<String, V>) transaction.getResource(readModel);
        if (work == null) {
            work = new LinkedHashMap<>();
            transaction.putResource(readModel, work);
        }
        return work;
    }
}
