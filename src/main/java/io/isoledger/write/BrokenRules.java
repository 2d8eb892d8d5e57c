package io.isoledger.write;

import io.isoledger.domain.Decision.Rejection;
import io.isoledger.domain.Violation;
import io.isoledger.eventlog.Reply;
import java.util.List;

/**
 * The decider's {@link Reply} to a question ({@link Writes#ask}) read as the clinical rules it
 * breaks: none when accepted, the violations of a rule refusal; any other refusal is its problem
 * ({@link WriteResponse#problem}).
 */
final class BrokenRules implements Reply.Visitor<List<Violation>> {

    @Override
    public List<Violation> accepted(Reply.Accepted accepted) {
        return List.of();
    }

    @Override
    public List<Violation> rejected(Reply.Rejected rejected) {
        if (rejected.rejection() != Rejection.RULE_VIOLATION) {
            throw WriteResponse.problem(rejected);
        }
        return rejected.violations();
    }

    @Override
    public List<Violation> idempotencyMismatch(Reply.IdempotencyMismatch mismatch) {
        throw unexpected(mismatch);
    }

    @Override
    public List<Violation> replayed(Reply.Replayed replayed) {
        throw unexpected(replayed);
    }

    @Override
    public List<Violation> restored(Reply.Restored restored) {
        throw unexpected(restored);
    }

    /** A question carries no idempotency key and restores nothing. */
    private static IllegalStateException unexpected(Reply reply) {
        return new IllegalStateException("A question was answered with " + reply);
    }
}
