package io.isoledger.eventlog;

import io.isoledger.config.IsoLedgerConfig;
import io.isoledger.tracing.KafkaTracing;
import io.opentelemetry.api.trace.Span;
import io.opentelemetry.context.Scope;
import io.quarkus.runtime.ShutdownDelayInitiatedEvent;
import io.quarkus.runtime.ShutdownEvent;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;

/**
 * Sends a {@link CommandRecord} to the commands topic, keyed by patient, and waits (bounded) for the
 * decider's {@link Reply}. It never writes events itself: only the decider ({@link io.isoledger.decider.DeciderTopology},
 * its {@link io.isoledger.decider.DeciderProcessor}), the single owner of a patient's partition, appends them. The reply
 * comes back through {@link ReplyListener} to the request waiting in {@link PendingReplies}.
 */
@ApplicationScoped
public class CommandGateway {

    @Inject
    KafkaClients clients;

    @Inject
    PendingReplies pending;

    @Inject
    ReplyListener replies;

    @Inject
    IsoLedgerConfig config;

    @Inject
    KafkaTracing tracing;

    private KafkaProducer<String, byte[]> producer;
    private volatile boolean stopping;

    @PostConstruct
    void init() {
        producer = clients.producer(config.instanceId() + "-commands");
    }

    /**
     * SIGTERM: from now on every write is refused with a 503 and Retry-After (readiness is down
     * too), while the writes in flight finish: Quarkus waits for them up to {@code
     * quarkus.shutdown.timeout} before it stops anything.
     */
    void onShutdownStarts(@Observes ShutdownDelayInitiatedEvent event) {
        stopping = true;
    }

    /** First of the shutdown proper, before the decider stops ({@link io.isoledger.decider.DeciderShutdown}). */
    void onStop(@Observes @Priority(1) ShutdownEvent event) {
        stopping = true;
        producer.close(Duration.ofSeconds(5));
    }

    /** Sends a command, or an operator's restore of one patient's decider state, and waits for the answer. */
    public Reply send(CommandRecord command) {
        return send(command, System.nanoTime());
    }

    /**
     * As above, for a request that arrived at {@code arrivedNanos} ({@link System#nanoTime()}): the
     * reply timeout runs from then, so a request that already waited it out is refused unsent.
     */
    public Reply send(CommandRecord command, long arrivedNanos) {
        CompletableFuture<Reply> reply = sendAsync(command, arrivedNanos);
        try {
            return reply.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            pending.forget(command.commandId());
            throw new LogUnavailableException("Interrupted while waiting for the event log.", e, true);
        } catch (ExecutionException e) {
            throw again(e.getCause());
        }
    }

    /**
     * Sends a command without waiting: the future completes with the decider's reply, or with a {@link
     * LogUnavailableException} once {@code isoledger.write.reply-timeout} has passed since the call or
     * the send failed; either way the pending reply is forgotten then. Refused at once, by the same
     * exception, while this instance is stopping or before its reply listener reads the replies: then
     * nothing was sent. Many may be in flight: whoever sends them bounds how many (the decider's state
     * rebuild does), since each holds a pending reply until it completes.
     */
    public CompletableFuture<Reply> sendAsync(CommandRecord command) {
        return sendAsync(command, System.nanoTime());
    }

    private CompletableFuture<Reply> sendAsync(CommandRecord command, long arrivedNanos) {
        String commandId = command.commandId();
        byte[] value = CommandCodec.encode(command);
        if (stopping) {
            throw new LogUnavailableException("This instance is stopping.", null, false);
        }
        if (!replies.ready()) {
            throw new LogUnavailableException("The event log is not reachable yet.", null, false);
        }
        long left = arrivedNanos + config.write().replyTimeout().toNanos() - System.nanoTime();
        if (left <= 0) {
            throw new LogUnavailableException(
                    "The service is overloaded: the request waited longer than the reply timeout to be handled.",
                    null,
                    false);
        }
        CompletableFuture<Reply> reply = pending.register(commandId);
        reply.whenComplete((answer, failure) -> pending.forget(commandId));
        reply.orTimeout(left, TimeUnit.NANOSECONDS);
        var record = new ProducerRecord<>(Topics.COMMANDS, command.patientId(), value);
        Span span = tracing.send(Topics.COMMANDS, command.typeName(), record.headers());
        try (Scope ignored = span.makeCurrent()) {
            producer.send(record, (metadata, failure) -> {
                span.end();
                if (failure != null) {
                    reply.completeExceptionally(failure);
                }
            });
        } catch (RuntimeException e) {
            span.end();
            reply.completeExceptionally(e);
        }
        return reply.handle((answer, failure) -> {
            if (failure != null) {
                throw again(failure);
            }
            return answer;
        });
    }

    /**
     * A failure once the command went out, as the one exception callers know. Even a failed send may
     * have reached the broker (an acknowledgement lost on the way), so it counts as sent.
     */
    private static LogUnavailableException again(Throwable failure) {
        Throwable cause =
                failure instanceof CompletionException && failure.getCause() != null ? failure.getCause() : failure;
        if (cause instanceof LogUnavailableException unavailable) {
            return new LogUnavailableException(unavailable.getMessage(), unavailable.getCause(), unavailable.sent());
        }
        return new LogUnavailableException("The event log did not answer in time.", cause, true);
    }
}
