package io.isoledger.decider;

import io.isoledger.logging.SafeReasons;
import jakarta.enterprise.context.ApplicationScoped;
import org.apache.kafka.streams.errors.StreamsUncaughtExceptionHandler;
import org.jboss.logging.Logger;

/**
 * Keeps the decider deciding after a failure of one of its threads (a broker that went away, a
 * fenced transaction): the thread is replaced and its task resumes from the last committed
 * transaction. Kafka Streams' default would shut the whole decider down for good.
 */
@ApplicationScoped
public class DeciderExceptionHandler implements StreamsUncaughtExceptionHandler {

    private static final Logger LOG = Logger.getLogger(DeciderExceptionHandler.class);

    @Override
    public StreamThreadExceptionResponse handle(Throwable exception) {
        LOG.errorf(SafeReasons.redacted(exception), "A decider thread failed; replacing it");
        return StreamThreadExceptionResponse.REPLACE_THREAD;
    }
}
