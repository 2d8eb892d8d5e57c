package io.isoledger.projection;

import io.isoledger.config.IsoLedgerConfig;
import io.isoledger.eventlog.KafkaClients;
import io.isoledger.eventlog.Topics;
import io.quarkus.runtime.ShutdownEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.header.Headers;

/**
 * The dead-letter topic {@value Topics#DEAD_LETTERS}: where a projector parks an event it cannot
 * read, so that one bad record neither stops projection nor disappears into a log line.
 */
@ApplicationScoped
public class DeadLetterQueue {

    public static final String REASON = "dlq_reason";
    public static final String SOURCE_PARTITION = "dlq_source_partition";
    public static final String SOURCE_OFFSET = "dlq_source_offset";
    public static final String PROJECTOR = "dlq_projector";

    private static final long ACK_TIMEOUT_MS = 10_000;
    private static final Duration READ_TIMEOUT = Duration.ofSeconds(30);

    /** Where a parked record came from on the events topic. */
    public record SourcePosition(int partition, long offset) {}

    @Inject
    KafkaClients clients;

    @Inject
    IsoLedgerConfig config;

    private KafkaProducer<String, byte[]> producer;

    /**
     * Parks the record with its original key, value and headers and waits for the broker's
     * acknowledgement; throws if it does not come, so that the caller's database transaction, which
     * moves the offset past the record, rolls back and the record is read again.
     */
    public void park(String projector, ConsumerRecord<String, byte[]> record, String reason) {
        ProducerRecord<String, byte[]> parked = new ProducerRecord<>(Topics.DEAD_LETTERS, record.key(), record.value());
        record.headers().forEach(header -> parked.headers().add(header));
        put(parked.headers(), REASON, reason);
        put(parked.headers(), SOURCE_PARTITION, Integer.toString(record.partition()));
        put(parked.headers(), SOURCE_OFFSET, Long.toString(record.offset()));
        put(parked.headers(), PROJECTOR, projector);
        try {
            producer().send(parked).get(ACK_TIMEOUT_MS, TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while parking a dead letter", e);
        } catch (ExecutionException | TimeoutException e) {
            throw new IllegalStateException("could not park a dead letter on " + Topics.DEAD_LETTERS, e);
        }
    }

    /**
     * The source positions the projector has parked, read from the start of the topic to its end.
     * A projector that meets one of them again (a rebuild, a replay into an empty database, a retry
     * after a crash) does not park it a second time.
     */
    public Set<SourcePosition> parkedBy(String projector) {
        Set<SourcePosition> parked = new HashSet<>();
        try (KafkaConsumer<String, byte[]> consumer =
                clients.consumer(config.instanceId() + "-" + projector + "-dead-letters", null, null)) {
            List<TopicPartition> partitions = consumer.partitionsFor(Topics.DEAD_LETTERS).stream()
                    .map(p -> new TopicPartition(p.topic(), p.partition()))
                    .toList();
            if (partitions.isEmpty()) {
                throw new IllegalStateException("topic " + Topics.DEAD_LETTERS + " does not exist yet");
            }
            consumer.assign(partitions);
            consumer.seekToBeginning(partitions);
            Map<TopicPartition, Long> ends = consumer.endOffsets(partitions);
            long deadline = System.nanoTime() + READ_TIMEOUT.toNanos();
            while (!readToEnd(consumer, ends)) {
                if (System.nanoTime() > deadline) {
                    throw new IllegalStateException("could not read " + Topics.DEAD_LETTERS + " to its end");
                }
                for (ConsumerRecord<String, byte[]> record : consumer.poll(Duration.ofMillis(200))) {
                    if (projector.equals(header(record.headers(), PROJECTOR))) {
                        sourceOf(record).ifPresent(parked::add);
                    }
                }
            }
        }
        return parked;
    }

    void onStop(@Observes ShutdownEvent event) {
        KafkaProducer<String, byte[]> current;
        synchronized (this) {
            current = producer;
            producer = null;
        }
        if (current != null) {
            current.close(Duration.ofSeconds(5));
        }
    }

    private synchronized KafkaProducer<String, byte[]> producer() {
        if (producer == null) {
            producer = clients.producer(config.instanceId() + "-dead-letters");
        }
        return producer;
    }

    private static boolean readToEnd(KafkaConsumer<String, byte[]> consumer, Map<TopicPartition, Long> ends) {
        return ends.entrySet().stream().allMatch(end -> consumer.position(end.getKey()) >= end.getValue());
    }

    private static Optional<SourcePosition> sourceOf(ConsumerRecord<String, byte[]> record) {
        try {
            return Optional.of(new SourcePosition(
                    Integer.parseInt(header(record.headers(), SOURCE_PARTITION)),
                    Long.parseLong(header(record.headers(), SOURCE_OFFSET))));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    private static void put(Headers headers, String key, String value) {
        headers.remove(key);
        headers.add(key, value.getBytes(StandardCharsets.UTF_8));
    }

    private static String header(Headers headers, String key) {
        Header header = headers.lastHeader(key);
        return header == null ? null : new String(header.value(), StandardCharsets.UTF_8);
    }
}
