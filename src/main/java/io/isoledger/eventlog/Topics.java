package io.isoledger.eventlog;

import java.nio.charset.StandardCharsets;
import org.apache.kafka.common.utils.Utils;

/** The topics of IsoLedger, named in one place. */
public final class Topics {

    /** Commands keyed by patient id: the decider's only input. */
    public static final String COMMANDS = "isoledger.commands.v1";
    /** The events, keyed by patient id: the source of truth, kept forever, never compacted. */
    public static final String EVENTS = "isoledger.events.v1";
    /** The decider's answer to each command, read by every instance. */
    public static final String REPLIES = "isoledger.replies.v1";
    /**
     * Events the projectors could not read, parked with their original key, value and headers plus
     * {@code dlq_*} headers naming the reason, the source partition and offset, and the projector.
     * Kept forever. A record may be parked twice (a crash between the ack and the database commit):
     * readers de-duplicate by {@code dlq_projector}, {@code dlq_source_partition} and
     * {@code dlq_source_offset}.
     */
    public static final String DEAD_LETTERS = "isoledger.events.dlq.v1";

    /**
     * The de-identified analytics feed, keyed by the patient's pseudonym: one record per event that
     * matters to analytics, written by {@code analyticsfeed.AnalyticsFeed} exactly once. Kept forever,
     * like the events it is derived from.
     */
    public static final String ANALYTICS = "isoledger.analytics.v1";

    /** The decider's changelogged store of every patient's state. */
    public static final String PATIENT_STATE_STORE = "patient-state";

    /** The decider's changelogged store of the first answer to each idempotency key. */
    public static final String IDEMPOTENCY_STORE = "idempotency-keys";

    private Topics() {}

    /**
     * The partition a patient's records go to, on the commands and the events topics alike: keyed by
     * the patient id, with the producers' default partitioner (murmur2 of the key's UTF-8 bytes).
     */
    public static int partitionOf(String patientId, int partitions) {
        return Utils.toPositive(Utils.murmur2(patientId.getBytes(StandardCharsets.UTF_8))) % partitions;
    }
}
