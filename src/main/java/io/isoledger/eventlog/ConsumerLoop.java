package io.isoledger.eventlog;

import io.isoledger.logging.SafeReasons;
import java.time.Duration;
import org.apache.kafka.clients.consumer.CloseOptions;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.errors.InvalidGroupIdException;
import org.apache.kafka.common.errors.WakeupException;
import org.jboss.logging.Logger;

/**
 * A Kafka consumer polled on a thread of its own. A failure closes the consumer and opens a new one
 * after a pause, so a broker that goes away and comes back needs no restart of the service.
 *
 * <p>A consumer in a group is a static member ({@code group.instance.id}): reopened after a failure,
 * it keeps its partitions. Stopped ({@link #stop()}, at the service's shutdown), it leaves the group,
 * so another instance takes its partitions over at once instead of after the session timeout.
 */
public abstract class ConsumerLoop {

    private static final Duration POLL = Duration.ofMillis(50);
    private static final long BACKOFF_MS = 1000;
    private static final Duration CLOSE_TIMEOUT = Duration.ofSeconds(5);

    private final Logger log = Logger.getLogger(getClass());
    private volatile boolean running;
    private volatile KafkaConsumer<String, byte[]> consumer;
    private volatile Thread thread;

    /** Opens the consumer and assigns or subscribes it; called again after every failure. */
    protected abstract KafkaConsumer<String, byte[]> open();

    protected abstract void handle(KafkaConsumer<String, byte[]> consumer, ConsumerRecords<String, byte[]> records);

    /** Called on the loop's thread before each poll: a place for work that must own the consumer. */
    protected void beforePoll(KafkaConsumer<String, byte[]> consumer) {}

    protected void onClosed() {}

    public synchronized void start(String threadName) {
        running = true;
        thread = new Thread(this::run, threadName);
        thread.setDaemon(true);
        thread.start();
    }

    /**
     * False once the loop's thread has died. The loop survives every exception (it reopens its
     * consumer), so a dead thread means an error the process does not recover from: only a restart
     * helps. True while it runs, and while it is not started (before start, after stop).
     */
    public boolean loopAlive() {
        Thread current = thread;
        return current == null || current.isAlive();
    }

    public synchronized void stop() {
        running = false;
        KafkaConsumer<String, byte[]> current = consumer;
        if (current != null) {
            current.wakeup();
        }
        if (thread != null) {
            try {
                thread.join(10_000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            thread = null;
        }
    }

    private void run() {
        while (running) {
            KafkaConsumer<String, byte[]> c = null;
            try {
                c = open();
                consumer = c;
                while (running) {
                    beforePoll(c);
                    ConsumerRecords<String, byte[]> records = c.poll(POLL);
                    if (!records.isEmpty()) {
                        handle(c, records);
                    }
                }
            } catch (WakeupException e) {
                // stop() asked us to leave the poll
            } catch (Exception e) {
                log.warnf(
                        SafeReasons.redacted(e),
                        "%s failed; reopening in %d ms",
                        getClass().getSimpleName(),
                        BACKOFF_MS);
                pause();
            } finally {
                consumer = null;
                close(c);
                onClosed();
            }
        }
    }

    /** After a failure the member stays; when stopped it leaves (an assigned consumer has no group). */
    private void close(KafkaConsumer<String, byte[]> c) {
        if (c == null) {
            return;
        }
        boolean leave = !running;
        try {
            c.groupMetadata();
        } catch (InvalidGroupIdException noGroup) {
            leave = false;
        }
        c.close(CloseOptions.groupMembershipOperation(
                        leave
                                ? CloseOptions.GroupMembershipOperation.LEAVE_GROUP
                                : CloseOptions.GroupMembershipOperation.DEFAULT)
                .withTimeout(CLOSE_TIMEOUT));
    }

    private void pause() {
        try {
            Thread.sleep(BACKOFF_MS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            running = false;
        }
    }
}
