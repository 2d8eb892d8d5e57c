package io.isoledger.health;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.isoledger.eventlog.ConsumerLoop;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.junit.jupiter.api.Test;

/** A consumer loop survives exceptions; only a thread that died makes the service not live. */
class ConsumerThreadsLivenessCheckTest {

    /** A loop whose every attempt to open its consumer throws what it is given. */
    private static final class FailingLoop extends ConsumerLoop {
        private final RuntimeException exception;
        private final Error error;
        final AtomicInteger attempts = new AtomicInteger();

        FailingLoop(RuntimeException exception, Error error) {
            this.exception = exception;
            this.error = error;
        }

        @Override
        protected KafkaConsumer<String, byte[]> open() {
            attempts.incrementAndGet();
            if (error != null) {
                throw error;
            }
            throw exception;
        }

        @Override
        protected void handle(KafkaConsumer<String, byte[]> consumer, ConsumerRecords<String, byte[]> records) {}
    }

    @Test
    void aLoopThatKeepsFailing_isAliveAndRetrying() {
        FailingLoop broker = new FailingLoop(new IllegalStateException("broker unreachable"), null);
        broker.start("test-failing-loop");
        try {
            await().atMost(Duration.ofSeconds(10)).until(() -> broker.attempts.get() >= 2);
            HealthCheckResponse response = ConsumerThreadsLivenessCheck.check(Map.of("replies", broker));
            assertEquals(HealthCheckResponse.Status.UP, response.getStatus());
            assertEquals("alive", response.getData().orElseThrow().get("replies"));
        } finally {
            broker.stop();
        }
    }

    @Test
    void aLoopWhoseThreadDied_makesTheServiceNotLive_andIsNamed() {
        FailingLoop dead = new FailingLoop(null, new AssertionError("test: the thread dies"));
        FailingLoop alive = new FailingLoop(new IllegalStateException("retrying"), null);
        dead.start("test-dying-loop");
        alive.start("test-living-loop");
        try {
            // The dying thread's error is the point of the test, not a failure of it.
            await().dontCatchUncaughtExceptions().atMost(Duration.ofSeconds(10)).until(() -> !dead.loopAlive());
            Map<String, ConsumerLoop> loops = new LinkedHashMap<>();
            loops.put("projector", alive);
            loops.put("replies", dead);
            HealthCheckResponse response = ConsumerThreadsLivenessCheck.check(loops);
            assertEquals(HealthCheckResponse.Status.DOWN, response.getStatus());
            assertEquals("dead", response.getData().orElseThrow().get("replies"));
            assertEquals("alive", response.getData().orElseThrow().get("projector"));
        } finally {
            alive.stop();
            dead.stop();
        }
    }

    @Test
    void aStoppedLoop_isNotReportedDead() {
        FailingLoop loop = new FailingLoop(new IllegalStateException("retrying"), null);
        loop.start("test-stopped-loop");
        loop.stop();
        assertTrue(loop.loopAlive());
    }
}
