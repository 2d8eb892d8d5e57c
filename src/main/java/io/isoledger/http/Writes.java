package io.isoledger.http;

import io.isoledger.domain.Command;
import io.isoledger.eventlog.CommandEnvelope;
import io.isoledger.eventlog.CommandGateway;
import io.isoledger.eventlog.Reply;
import io.isoledger.projection.ReadYourWrites;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.time.Duration;
import java.util.UUID;
import java.util.function.LongFunction;
import org.eclipse.microprofile.config.inject.ConfigProperty;

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

    @ConfigProperty(name = "isoledger.write.projection-timeout", defaultValue = "5s")
    Duration projectionTimeout;

    /**
     * @param location the created resource's URI, given the version the write produced
     */
    public Response submit(Command command, String correlationId, LongFunction<URI> location) {
        String commandId = UUID.randomUUID().toString();
        String correlation = correlationId == null || correlationId.isBlank() ? commandId : correlationId;
        Reply reply = gateway.send(new CommandEnvelope(commandId, correlation, actor(), clock.now(), command));
        if (!reply.accepted()) {
            throw rejection(reply);
        }
        String patientId = reply.patientId();
        boolean projected = readYourWrites.await(patientId, reply.version(), projectionTimeout);
        WriteResult body = new WriteResult(patientId, reply.version(), patientId + "@" + reply.version(), projected);
        return Response.status(projected ? Response.Status.CREATED : Response.Status.ACCEPTED)
                .location(location.apply(reply.version()))
                .header("X-Correlation-Id", correlation)
                .entity(body)
                .build();
    }

    private static String actor() {
        return "anonymous";
    }

    private static ApiProblem rejection(Reply reply) {
        return switch (reply.rejection()) {
            case PATIENT_NOT_FOUND, NOT_FOUND -> ApiProblem.notFound(reply.detail());
            case ALREADY_EXISTS -> ApiProblem.conflict(reply.detail());
            case INVALID_STATE -> ApiProblem.invalidState(reply.detail());
            case RULE_VIOLATION -> ApiProblem.ruleViolation(reply.detail(), reply.violations());
        };
    }
}
