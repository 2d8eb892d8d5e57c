package io.isoledger.web.errors;

import io.isoledger.eventlog.LogUnavailableException;
import io.isoledger.logging.SafeReasons;
import io.isoledger.projection.DatabaseProbe;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/**
 * Answers a failure of a part the service depends on with 503 {@link ProblemType#UNAVAILABLE} and
 * Retry-After: the event log did not decide a write in time, or the read models' database does not
 * answer. Any other unexpected failure is a 500 {@link ProblemType#INTERNAL_ERROR} that says nothing
 * of its cause.
 */
public class UnavailableProblems {

    private static final Logger LOG = Logger.getLogger(UnavailableProblems.class);

    private final DatabaseProbe database;

    UnavailableProblems(DatabaseProbe database) {
        this.database = database;
    }

    @ServerExceptionMapper
    public Response unavailable(LogUnavailableException e, UriInfo uri) {
        LOG.warnf("Write not decided: %s", SafeReasons.of(e));
        String outcome = e.sent()
                ? " The command may still be decided: retry with the same Idempotency-Key to learn its outcome"
                        + " without recording it twice."
                : " Nothing was recorded; retry later.";
        return ProblemResponses.serviceUnavailable(e.getMessage() + outcome, uri);
    }

    @ServerExceptionMapper
    public Response unexpected(Exception e, UriInfo uri) {
        if (DatabaseProbe.isDatabaseFailure(e) && !database.answers()) {
            LOG.warnf("The read models' database does not answer: %s", SafeReasons.of(e));
            return ProblemResponses.serviceUnavailable(
                    "The read models' database does not answer; retry later. Writes are still recorded (202)"
                            + " and become readable once it is back.",
                    uri);
        }
        LOG.error("Unexpected failure", SafeReasons.redacted(e));
        return ProblemResponses.respond(ProblemType.INTERNAL_ERROR, "An unexpected error occurred.", uri);
    }
}
