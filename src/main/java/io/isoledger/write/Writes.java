package io.isoledger.write;

import io.isoledger.clock.ClinicClock;
import io.isoledger.config.IsoLedgerConfig;
import io.isoledger.domain.Violation;
import io.isoledger.domain.command.Command;
import io.isoledger.eventlog.CommandEnvelope;
import io.isoledger.eventlog.CommandGateway;
import io.isoledger.eventlog.LogUnavailableException;
import io.isoledger.eventlog.Reply;
import io.isoledger.logging.LogContext;
import io.isoledger.logging.LogPseudonyms;
import io.isoledger.projection.ReadYourWrites;
import io.isoledger.web.edge.RequestArrival;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.List;
import java.util.UUID;
import java.util.function.Function;
import java.util.function.LongFunction;
import org.eclipse.microprofile.jwt.JsonWebToken;
import org.jboss.logging.Logger;

/**
 * Every write endpoint's path: command → decider → reply → wait for the projection → response. The
 * command goes out through the {@link CommandGateway} (to the decider, {@code
 * io.isoledger.decider.DeciderTopology}), which returns the decider's {@link Reply}; {@link
 * WriteResponse} waits for {@link ReadYourWrites} and answers. A 201 means the events are committed
 * and readable; a 202 that they are committed but not yet projected, with the position to read at.
 */
@ApplicationScoped
public class Writes {

    private static final Logger LOG = Logger.getLogger(Writes.class);

    @Inject
    CommandGateway gateway;

    @Inject
    ReadYourWrites readYourWrites;

    @Inject
    ClinicClock clock;

    @Inject
    JsonWebToken token;

    @Inject
    IsoLedgerConfig config;

    @Inject
    CommandMetrics metrics;

    /**
     * @param request the request body as received: with the path, it is what an idempotency key is
     *     bound to
     * @param location the created resource's URI, given the version the write produced
     */
    public Response submit(Command command, Object request, WriteContext context, LongFunction<URI> location) {
        return submit(command, request, context, location, result -> result);
    }

    /** As above, with a body of the endpoint's own built from the write's result. */
    public Response submit(
            Command command,
            Object request,
            WriteContext context,
            LongFunction<URI> location,
            Function<WriteResult, Object> body) {
        String key = context.idempotencyKey();
        String fingerprint = key == null ? null : Fingerprints.of(context.path(), request);
        long start = System.nanoTime();
        Reply reply = decide(command, context.correlationId(), key, fingerprint, start);
        return answer(
                command,
                reply,
                start,
                new WriteResponse(readYourWrites, config.write().projectionTimeout(), key, location, body));
    }

    /**
     * Decides a command that appends nothing (a question to the decider, such as AssessEligibility).
     *
     * @return the clinical rules it breaks: empty when the decider accepts it; any other refusal is
     *     thrown as its problem
     */
    public List<Violation> ask(Command command) {
        long start = System.nanoTime();
        return answer(command, decide(command, null, null, null, start), start, new BrokenRules());
    }

    private Reply decide(Command command, String correlationId, String idempotencyKey, String fingerprint, long start) {
        String commandId = UUID.randomUUID().toString();
        // The caller's id, else the one the request's log lines carry (web.edge.RequestCorrelation).
        String correlation = correlationId != null
                ? correlationId
                : LogContext.correlationId().orElse(commandId);
        String type = command.getClass().getSimpleName();
        LOG.debugf("%s %s for patient %s: to the decider", type, commandId, LogPseudonyms.of(command.patientId()));
        try {
            Reply reply = gateway.send(
                    new CommandEnvelope(
                            commandId, correlation, actor(), clock.now(), idempotencyKey, fingerprint, command),
                    RequestArrival.nanos().orElse(start));
            LOG.debugf(
                    "%s %s: the decider answered %s",
                    type, commandId, reply.getClass().getSimpleName());
            return reply;
        } catch (LogUnavailableException e) {
            metrics.took(command, metrics.unanswered(command, e), start);
            throw e;
        }
    }

    /** The reply counted once ({@link CommandMetrics}), then answered; timed until the answer is chosen. */
    private <R> R answer(Command command, Reply reply, long start, Reply.Visitor<R> answer) {
        String outcome = metrics.answered(command, reply);
        try {
            return reply.accept(answer);
        } finally {
            metrics.took(command, outcome, start);
        }
    }

    /** The token's subject: who is recorded as having caused the events ({@code ce_actor}). */
    public String actor() {
        String subject = token.getSubject();
        return subject == null || subject.isBlank() ? token.getName() : subject;
    }
}
