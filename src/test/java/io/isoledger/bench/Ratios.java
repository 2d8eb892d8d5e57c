package io.isoledger.bench;

/**
 * Each service figure beside its raw Kafka baseline, as a ratio: what share of Kafka's own rate the
 * service reaches (higher is better), or how many times Kafka's latency it takes (lower is better).
 */
final class Ratios {

    static final String SECTION = "ratiosToKafka";

    private Ratios() {}

    static void compute(Results results, String closedPhase) {
        double producer = results.value(KafkaBaseline.SECTION, "producerRecordsPerSecond");
        double producerP99 = results.value(KafkaBaseline.SECTION, "producerAt1000PerSecondP99");
        double consumer = results.value(KafkaBaseline.SECTION, "consumerRecordsPerSecond");
        results.figure(
                SECTION,
                "closedLoopCommandsPerSecondToProducerRecordsPerSecond",
                results.value("load." + closedPhase, "commandsPerSecond") / producer,
                "ratio");
        // A producer p99 of 0 ms (below the tool's resolution) is taken as 1 ms.
        results.figure(
                SECTION,
                "writeP99At1000PerSecondToProducerP99At1000PerSecond",
                results.value("load.open1000PerSecond", "writeP99") / Math.max(1, producerP99),
                "ratio");
        results.figure(
                SECTION,
                "replayEventsPerSecondToConsumerRecordsPerSecond",
                results.value(ReplayPhase.SECTION, "eventsPerSecond") / consumer,
                "ratio");
        results.write();
    }
}
