package io.isoledger.decider;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.isoledger.domain.PatientState;
import io.isoledger.eventlog.LogUnavailableException;
import io.isoledger.eventlog.Reply;
import io.isoledger.eventlog.StateRestore;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The rebuild's restores go out many at once, never more than the window, and each reply is
 * counted once; a restore that goes unanswered, or one the gateway refuses, stops the rebuild
 * with a {@link LogUnavailableException} once those in flight have ended.
 */
class RestoreWindowTest {

    private final ScheduledExecutorService decider = Executors.newScheduledThreadPool(4);

    @AfterEach
    void stop() {
        decider.shutdownNow();
    }

    @Test
    void manyRestoresInFlight_neverMoreThanTheWindow_eachReplacedOneCounted() {
        Gateway gateway =
                new Gateway(restore -> answerLater(restore, !restore.patientId().endsWith("7")));

        int replaced = new RestoreWindow(gateway, Duration.ofSeconds(10)).restoreAll(states(5_000));

        assertThat(gateway.sent.get()).isEqualTo(5_000);
        assertThat(replaced)
                .as("states replaced: all but the 500 whose id ends in 7")
                .isEqualTo(4_500);
        assertThat(gateway.mostInFlight.get())
                .as("restores in flight at once")
                .isGreaterThan(1)
                .isLessThanOrEqualTo(RestoreWindow.SIZE);
        assertThat(gateway.inFlight.get()).isZero();
    }

    @Test
    void anUnansweredRestore_stopsTheRebuild_afterThoseInFlightEnd() {
        Gateway gateway = new Gateway(restore -> restore.patientId().equals("P-1000")
                ? CompletableFuture.failedFuture(new LogUnavailableException("no reply", null, true))
                : answerLater(restore, true));

        assertThatThrownBy(() -> new RestoreWindow(gateway, Duration.ofSeconds(10)).restoreAll(states(100_000)))
                .isInstanceOf(LogUnavailableException.class)
                .hasMessageContaining("rebuild stopped")
                .hasMessageContaining("did not answer");
        assertThat(gateway.sent.get()).as("restores sent").isLessThan(100_000);
        assertThat(gateway.inFlight.get()).as("restores still in flight").isZero();
    }

    @Test
    void aRestoreTheGatewayRefuses_stopsTheRebuild() {
        Gateway gateway = new Gateway(restore -> {
            if (restore.patientId().equals("P-3")) {
                throw new LogUnavailableException("This instance is stopping.", null, false);
            }
            return answerLater(restore, true);
        });

        assertThatThrownBy(() -> new RestoreWindow(gateway, Duration.ofSeconds(10)).restoreAll(states(10)))
                .isInstanceOf(LogUnavailableException.class)
                .hasMessageContaining("3 restores sent");
    }

    private CompletableFuture<Reply> answerLater(StateRestore restore, boolean replaced) {
        CompletableFuture<Reply> reply = new CompletableFuture<>();
        PatientState state = restore.snapshot();
        decider.schedule(
                () -> reply.complete(
                        new Reply.Restored(restore.commandId(), state.patientId(), state.version(), replaced)),
                1,
                TimeUnit.MILLISECONDS);
        return reply;
    }

    private static List<PatientState> states(int patients) {
        return IntStream.range(0, patients)
                .mapToObj(i -> PatientState.initial("P-" + i))
                .toList();
    }

    /** The gateway's asynchronous send, answered as the test says; counts what is in flight. */
    private static final class Gateway implements Function<StateRestore, CompletableFuture<Reply>> {

        final AtomicInteger sent = new AtomicInteger();
        final AtomicInteger inFlight = new AtomicInteger();
        final AtomicInteger mostInFlight = new AtomicInteger();
        private final Function<StateRestore, CompletableFuture<Reply>> answer;

        Gateway(Function<StateRestore, CompletableFuture<Reply>> answer) {
            this.answer = answer;
        }

        @Override
        public CompletableFuture<Reply> apply(StateRestore restore) {
            CompletableFuture<Reply> reply = answer.apply(restore);
            sent.incrementAndGet();
            mostInFlight.accumulateAndGet(inFlight.incrementAndGet(), Math::max);
            return reply.whenComplete((r, e) -> inFlight.decrementAndGet());
        }
    }
}
