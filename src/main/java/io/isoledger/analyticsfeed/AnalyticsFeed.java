package io.isoledger.analyticsfeed;

import io.isoledger.config.IsoLedgerConfig;
import io.isoledger.eventlog.ConsumerLoop;
import io.isoledger.eventlog.KafkaClients;
import io.isoledger.eventlog.TopicInitializer;
import io.isoledger.eventlog.Topics;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.KafkaException;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.ProducerFencedException;

/**
 * Writes the de-identified analytics feed {@value Topics#ANALYTICS} from the events topic, exactly
 * once: each polled batch's feed records and the consumer group's offsets after it are one Kafka
 * transaction, read by a read_committed consumer. A crash or a fenced instance aborts it; the batch
 * is then read again and written once. The history a record needs (birth date, weights, doses) is
 * folded again from the partition's first event on every assignment ({@link FeedAssignment}): it
 * lives in no store that could drift from the events, at the price of reading the partitions again
 * when the instance starts or the group rebalances.
 */
@ApplicationScoped
public class AnalyticsFeed extends ConsumerLoop {

    /** The consumer group, and so the offsets, of the feed: resetting them rebuilds the feed. */
    public static final String GROUP = "isoledger-analytics-feed";

    private static final Duration TOPICS_WAIT = Duration.ofSeconds(5);

    @Inject
    KafkaClients clients;

    @Inject
    TopicInitializer topics;

    @Inject
    IsoLedgerConfig config;

    private Pseudonymiser pseudonyms;
    // Renewed at every (re)open, on the loop's thread, which alone uses them.
    private KafkaProducer<String, byte[]> producer;
    private FeedAssignment assignment;

    /** Refuses to start without the secret: throwing here stops the service's start-up. */
    void onStart(@Observes StartupEvent event) {
        pseudonyms =
                new Pseudonymiser(PseudonymSecret.require(config.analytics().pseudonymSecret()));
        start("isoledger-analytics-feed");
    }

    void onStop(@Observes ShutdownEvent event) {
        stop();
    }

    /** A fold of the same mapping as the running feed: what a rebuild of the feed writes. */
    public FeedFold newFold() {
        return new FeedFold(pseudonyms, config.eventSource() + "/analytics-feed");
    }

    @Override
    protected KafkaConsumer<String, byte[]> open() {
        if (!topics.awaitReady(TOPICS_WAIT)) {
            throw new IllegalStateException("the topics are not created yet");
        }
        String id = config.instanceId() + "-analytics-feed";
        producer = clients.transactionalProducer(id, id);
        // Fences an earlier producer of this instance and aborts its open transaction.
        producer.initTransactions();
        KafkaConsumer<String, byte[]> consumer = clients.consumer(id, GROUP, id);
        assignment = new FeedAssignment(consumer, this::newFold);
        consumer.subscribe(List.of(Topics.EVENTS), assignment);
        return consumer;
    }

    @Override
    protected void handle(KafkaConsumer<String, byte[]> consumer, ConsumerRecords<String, byte[]> records) {
        List<ProducerRecord<String, byte[]>> published = new ArrayList<>();
        Map<TopicPartition, OffsetAndMetadata> offsets = new HashMap<>();
        for (TopicPartition partition : records.partitions()) {
            PartitionFeed feed = assignment.feedOf(partition);
            for (ConsumerRecord<String, byte[]> record : records.records(partition)) {
                feed.apply(record).ifPresent(published::add);
                if (!feed.replaying(record.offset())) {
                    offsets.put(partition, new OffsetAndMetadata(record.offset() + 1));
                }
            }
        }
        if (!offsets.isEmpty()) {
            publish(consumer, published, offsets);
        }
    }

    /** The records and the offsets after them, in one transaction; on failure the loop reopens. */
    private void publish(
            KafkaConsumer<String, byte[]> consumer,
            List<ProducerRecord<String, byte[]>> published,
            Map<TopicPartition, OffsetAndMetadata> offsets) {
        producer.beginTransaction();
        try {
            published.forEach(producer::send);
            producer.sendOffsetsToTransaction(offsets, consumer.groupMetadata());
            producer.commitTransaction();
        } catch (ProducerFencedException e) {
            // Another producer with our id took over: this one may not even abort.
            throw e;
        } catch (KafkaException e) {
            abortQuietly();
            throw e;
        }
    }

    private void abortQuietly() {
        try {
            producer.abortTransaction();
        } catch (KafkaException e) {
            // Closing the producer aborts it on the broker's side in time as well.
        }
    }

    @Override
    protected void onClosed() {
        // The folds go with the consumer: the next one starts them again from the events.
        assignment = null;
        if (producer != null) {
            producer.close(Duration.ofSeconds(5));
            producer = null;
        }
    }
}
