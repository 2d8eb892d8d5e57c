package io.isoledger.decider;

import io.isoledger.domain.PatientState;
import io.isoledger.eventlog.LogUnavailableException;
import io.isoledger.eventlog.Reply;
import io.isoledger.eventlog.StateRestore;
import java.time.Duration;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Function;

/**
 * Sends {@link DeciderStateRebuilder}'s restores with many in flight at once, at most {@link #SIZE}:
 * one restore waiting for its reply before the next went out restored 75 patients a second, a
 * round trip through the decider's transaction each. The window bounds the memory and the pending
 * replies of {@code io.isoledger.eventlog.CommandGateway#sendAsync}. The first restore that goes
 * unanswered (the gateway's reply timeout) or cannot be sent stops the sending; those in flight are
 * awaited, and the rebuild fails.
 */
final class RestoreWindow {

    static final int SIZE = 500;

    private final Function<StateRestore, CompletableFuture<Reply>> send;
    private final Duration replyTimeout;
    private final Semaphore free = new Semaphore(SIZE);
    private final AtomicInteger sent = new AtomicInteger();
    private final AtomicInteger replaced = new AtomicInteger();
    private final AtomicReference<Throwable> failure = new AtomicReference<>();

    /**
     * @param send sends a restore and completes with its reply: {@code CommandGateway::sendAsync},
     *     which fails it once the reply timeout has passed
     */
    RestoreWindow(Function<StateRestore, CompletableFuture<Reply>> send, Duration replyTimeout) {
        this.send = send;
        this.replyTimeout = replyTimeout;
    }

    /** Restores each state; returns how many stored states were replaced. */
    int restoreAll(Iterable<PatientState> states) {
        try {
            for (PatientState state : states) {
                free.acquire();
                if (failure.get() != null) {
                    free.release();
                    break;
                }
                send(state);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            failure.compareAndSet(null, e);
        }
        awaitInFlight();
        Throwable first = failure.get();
        if (first != null) {
            throw new LogUnavailableException(
                    "The decider state rebuild stopped: " + sent.get() + " restores sent, " + replaced.get()
                            + " stored states replaced, then the event log did not answer. Rebuilding again is safe.",
                    first,
                    true);
        }
        return replaced.get();
    }

    private void send(PatientState state) {
        try {
            send.apply(new StateRestore(UUID.randomUUID().toString(), state)).whenComplete((reply, error) -> {
                if (error != null) {
                    failure.compareAndSet(null, error);
                } else if (reply.accept(REPLACED)) {
                    replaced.incrementAndGet();
                }
                free.release();
            });
            sent.incrementAndGet();
        } catch (RuntimeException e) {
            failure.compareAndSet(null, e);
            free.release();
        }
    }

    /** Every restore in flight ends within the reply timeout: answered, or failed by the gateway. */
    private void awaitInFlight() {
        try {
            if (!free.tryAcquire(SIZE, replyTimeout.toMillis() * 2 + 1000, TimeUnit.MILLISECONDS)) {
                failure.compareAndSet(null, new IllegalStateException("restores still in flight"));
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            failure.compareAndSet(null, e);
        }
    }

    /** Whether a restore replaced the stored state; a restore is answered with nothing else. */
    private static final Reply.Visitor<Boolean> REPLACED = new Reply.Visitor<>() {
        @Override
        public Boolean accepted(Reply.Accepted accepted) {
            return false;
        }

        @Override
        public Boolean rejected(Reply.Rejected rejected) {
            return false;
        }

        @Override
        public Boolean idempotencyMismatch(Reply.IdempotencyMismatch mismatch) {
            return false;
        }

        @Override
        public Boolean replayed(Reply.Replayed replayed) {
            return false;
        }

        @Override
        public Boolean restored(Reply.Restored restored) {
            return restored.replaced();
        }
    };
}
