package io.isoledger.eventlog;

import io.isoledger.config.IsoLedgerConfig;
import io.isoledger.tracing.KafkaTracing;
import io.opentelemetry.api.trace.Span;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.util.List;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.jboss.logging.Logger;

/**
 * Reads every partition of the replies topic (assigned, in no group: every instance needs every
 * reply) from its end, and hands each {@link Reply} the {@link io.isoledger.decider.DeciderProcessor} wrote to whichever
 * request on this instance waits for it ({@link PendingReplies}): the {@link CommandGateway} returns
 * it, and {@code io.isoledger.write.Writes} waits for the projection to read the write back.
 */
@ApplicationScoped
public class ReplyListener extends ConsumerLoop {

    private static final Logger LOG = Logger.getLogger(ReplyListener.class);

    @Inject
    KafkaClients clients;

    @Inject
    PendingReplies pending;

    @Inject
    IsoLedgerConfig config;

    @Inject
    KafkaTracing tracing;

    private volatile boolean ready;

    void onStart(@Observes StartupEvent event) {
        start("isoledger-replies");
    }

    void onStop(@Observes ShutdownEvent event) {
        stop();
    }

    /** True once the listener reads from the end of every partition: only then may commands go out. */
    public boolean ready() {
        return ready;
    }

    @Override
    protected KafkaConsumer<String, byte[]> open() {
        KafkaConsumer<String, byte[]> consumer = clients.consumer(config.instanceId() + "-replies", null, null);
        List<TopicPartition> partitions = consumer.partitionsFor(Topics.REPLIES).stream()
                .map(p -> new TopicPartition(p.topic(), p.partition()))
                .toList();
        if (partitions.isEmpty()) {
            consumer.close();
            throw new IllegalStateException("topic " + Topics.REPLIES + " does not exist yet");
        }
        consumer.assign(partitions);
        consumer.seekToEnd(partitions);
        // seekToEnd is lazy; resolving the positions now means no reply sent from here on is missed.
        partitions.forEach(consumer::position);
        ready = true;
        return consumer;
    }

    @Override
    protected void handle(KafkaConsumer<String, byte[]> consumer, ConsumerRecords<String, byte[]> records) {
        for (ConsumerRecord<String, byte[]> record : records) {
            Reply reply;
            try {
                reply = ReplyCodec.decode(record.value());
            } catch (RuntimeException e) {
                LOG.warnf(
                        "Ignoring an unreadable reply at %s-%d@%d",
                        record.topic(), record.partition(), record.offset());
                continue;
            }
            if (pending.waitsFor(reply.commandId())) {
                // The reply's span closes the command's trace on the instance that sent it.
                Span span = tracing.handle(Topics.REPLIES, null, record.headers());
                try {
                    pending.complete(reply);
                } finally {
                    span.end();
                }
            }
        }
    }

    @Override
    protected void onClosed() {
        ready = false;
    }
}
