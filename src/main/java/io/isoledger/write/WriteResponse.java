package io.isoledger.write;

import io.isoledger.domain.Decision.Rejection;
import io.isoledger.eventlog.LogUnavailableException;
import io.isoledger.eventlog.Reply;
import io.isoledger.projection.ReadYourWrites;
import io.isoledger.web.errors.ApiProblem;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.time.Duration;
import java.util.function.Function;
import java.util.function.LongFunction;

/**
 * The response of {@link Writes} to each outcome of the decider's {@link Reply}: once the write is
 * readable ({@link ReadYourWrites}) a 201 with its {@link WriteResult}, a 202 if the projection is
 * late, or the problem a refusal answers with.
 */
final class WriteResponse implements Reply.Visitor<Response> {

    private final ReadYourWrites readYourWrites;
    private final Duration projectionTimeout;
    private final String idempotencyKey;
    private final LongFunction<URI> location;
    private final Function<WriteResult, Object> body;
    private final boolean replayed;

    WriteResponse(
            ReadYourWrites readYourWrites,
            Duration projectionTimeout,
            String idempotencyKey,
            LongFunction<URI> location,
            Function<WriteResult, Object> body) {
        this(readYourWrites, projectionTimeout, idempotencyKey, location, body, false);
    }

    private WriteResponse(
            ReadYourWrites readYourWrites,
            Duration projectionTimeout,
            String idempotencyKey,
            LongFunction<URI> location,
            Function<WriteResult, Object> body,
            boolean replayed) {
        this.readYourWrites = readYourWrites;
        this.projectionTimeout = projectionTimeout;
        this.idempotencyKey = idempotencyKey;
        this.location = location;
        this.body = body;
        this.replayed = replayed;
    }

    @Override
    public Response accepted(Reply.Accepted accepted) {
        boolean projected = readYourWrites.await(accepted.patientId(), accepted.version(), projectionTimeout);
        Response.ResponseBuilder response = Response.status(
                        projected ? Response.Status.CREATED : Response.Status.ACCEPTED)
                .location(location.apply(accepted.version()))
                .entity(body.apply(WriteResult.of(accepted, projected)));
        if (replayed) {
            response.header("Idempotent-Replayed", "true");
        }
        return response.build();
    }

    @Override
    public Response rejected(Reply.Rejected rejected) {
        // A refused command may still have recorded what expired before it (R22): read after the
        // refusal, the patient's records show it.
        if (rejected.rejection() != Rejection.UNAVAILABLE && rejected.version() > 0) {
            readYourWrites.await(rejected.patientId(), rejected.version(), projectionTimeout);
        }
        throw problem(rejected);
    }

    @Override
    public Response idempotencyMismatch(Reply.IdempotencyMismatch mismatch) {
        throw ApiProblem.idempotencyMismatch(idempotencyKey);
    }

    /** The first answer again, as it was answered, marked as replayed. */
    @Override
    public Response replayed(Reply.Replayed replayed) {
        return replayed.first()
                .accept(new WriteResponse(readYourWrites, projectionTimeout, idempotencyKey, location, body, true));
    }

    @Override
    public Response restored(Reply.Restored restored) {
        throw new IllegalStateException("A write was answered as a restore: " + restored);
    }

    /** The problem a rejected command answers with. */
    static ApiProblem problem(Reply.Rejected rejected) {
        return switch (rejected.rejection()) {
            case PATIENT_NOT_FOUND, NOT_FOUND -> ApiProblem.notFound(rejected.detail());
            case ALREADY_EXISTS -> ApiProblem.conflict(rejected.detail());
            case INVALID_STATE -> ApiProblem.invalidState(rejected.detail());
            case RULE_VIOLATION -> ApiProblem.ruleViolation(rejected.detail(), rejected.violations());
            case UNAVAILABLE -> throw new LogUnavailableException(rejected.detail(), null, false);
        };
    }
}
