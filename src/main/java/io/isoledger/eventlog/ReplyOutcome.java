package io.isoledger.eventlog;

import io.isoledger.domain.Decision.Rejection;
import io.isoledger.domain.Violation;
import java.util.List;

/**
 * A {@link Reply} as the {@code outcome} tag of the command metrics, the same on the decider's side
 * ({@code io.isoledger.decider.DecisionMetrics}) and the HTTP side ({@code
 * io.isoledger.write.CommandMetrics}): a handful of fixed values, never an id.
 */
public final class ReplyOutcome implements Reply.Visitor<String> {

    public static final String ACCEPTED = "accepted";
    public static final String REJECTED = "rejected";
    public static final String IDEMPOTENT_REPLAY = "idempotent_replay";
    public static final String IDEMPOTENCY_MISMATCH = "idempotency_mismatch";
    /** Nothing was decided: the decider's state of the patient is being rebuilt, or the log did not take the command. */
    public static final String UNAVAILABLE = "unavailable";
    /** The command was sent but no reply came in time: it may still be decided. */
    public static final String TIMED_OUT = "timed_out";

    public static final String RESTORED = "restored";

    private static final ReplyOutcome INSTANCE = new ReplyOutcome();

    private ReplyOutcome() {}

    public static String of(Reply reply) {
        return reply.accept(INSTANCE);
    }

    /** The distinct rules a rule refusal names, in order; none for any other reply (a replay included). */
    public static List<String> brokenRules(Reply reply) {
        if (reply instanceof Reply.Rejected rejected && rejected.rejection() == Rejection.RULE_VIOLATION) {
            return rejected.violations().stream()
                    .map(Violation::rule)
                    .distinct()
                    .toList();
        }
        return List.of();
    }

    @Override
    public String accepted(Reply.Accepted accepted) {
        return ACCEPTED;
    }

    @Override
    public String rejected(Reply.Rejected rejected) {
        return rejected.rejection() == Rejection.UNAVAILABLE ? UNAVAILABLE : REJECTED;
    }

    @Override
    public String idempotencyMismatch(Reply.IdempotencyMismatch mismatch) {
        return IDEMPOTENCY_MISMATCH;
    }

    @Override
    public String replayed(Reply.Replayed replayed) {
        return IDEMPOTENT_REPLAY;
    }

    @Override
    public String restored(Reply.Restored restored) {
        return RESTORED;
    }
}
