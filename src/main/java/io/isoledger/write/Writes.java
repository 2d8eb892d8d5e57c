package io.isoledger.write;

import io.isoledger.clock.ClinicClock;
import io.isoledger.config.IsoLedgerConfig;
import io.isoledger.domain.Decision.Rejection;
import io.isoledger.domain.command.Command;
import io.isoledger.eventlog.CommandEnvelope;
import io.isoledger.eventlog.CommandGateway;
import io.isoledger.eventlog.LogUnavailableException;
import io.isoledger.eventlog.Reply;
import io.isoledger.projection.ReadYourWrites;
import io.isoledger.web.errors.ApiProblem;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.UUID;
import java.util.function.Function;
import java.util.function.LongFunction;
import org.eclipse.microprofile.jwt.JsonWebToken;

/**
 * Every write endpoint's path: command → decider → reply → wait for the projection → response.
 * A 201 means the events are committed and readable; a 202 that they are committed but not yet
 * projected, with the position to read at.
 */
@ApplicationScoped
public class Writes {

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
        Reply reply = decide(command, context.correlationId(), key, fingerprint);
        if (reply.idempotency() == Reply.Idempotency.MISMATCH) {
            throw ApiProblem.idempotencyMismatch(key);
        }
        if (!reply.accepted()) {
            // A refused command may still have recorded what expired before it (R22): read after the
            // refusal, the patient's records show it.
            if (reply.rejection() != Rejection.UNAVAILABLE && reply.version() > 0) {
                readYourWrites.await(
                        reply.patientId(), reply.version(), config.write().projectionTimeout());
            }
            throw rejection(reply);
        }
        boolean projected = readYourWrites.await(
                reply.patientId(), reply.version(), config.write().projectionTimeout());
        Response.ResponseBuilder response = Response.status(
                        projected ? Response.Status.CREATED : Response.Status.ACCEPTED)
                .location(location.apply(reply.version()))
                .entity(body.apply(WriteResult.of(reply, projected)));
        if (reply.idempotency() == Reply.Idempotency.REPLAYED) {
            response.header("Idempotent-Replayed", "true");
        }
        return response.build();
    }

    /** Decides a command that appends nothing (a question to the decider) and returns its reply. */
    public Reply ask(Command command) {
        return decide(command, null, null, null);
    }

    private Reply decide(Command command, String correlationId, String idempotencyKey, String fingerprint) {
        String commandId = UUID.randomUUID().toString();
        String correlation = correlationId == null ? commandId : correlationId;
        return gateway.send(new CommandEnvelope(
                commandId, correlation, actor(), clock.now(), idempotencyKey, fingerprint, command));
    }

    /** The token's subject: who is recorded as having caused the events ({@code ce_actor}). */
    public String actor() {
        String subject = token.getSubject();
        return subject == null || subject.isBlank() ? token.getName() : subject;
    }

    /** The problem a rejected command answers with. */
    public static ApiProblem rejection(Reply reply) {
        return switch (reply.rejection()) {
            case PATIENT_NOT_FOUND, NOT_FOUND -> ApiProblem.notFound(reply.detail());
            case ALREADY_EXISTS -> ApiProblem.conflict(reply.detail());
            case INVALID_STATE -> ApiProblem.invalidState(reply.detail());
            case RULE_VIOLATION -> ApiProblem.ruleViolation(reply.detail(), reply.violations());
            case UNAVAILABLE -> throw new LogUnavailableException(reply.detail(), null, false);
        };
    }
}
