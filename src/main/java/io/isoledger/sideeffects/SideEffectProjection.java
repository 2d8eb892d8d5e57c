package io.isoledger.sideeffects;

import static io.isoledger.projection.EventHandlers.on;

import io.isoledger.domain.event.SideEffectReported;
import io.isoledger.eventlog.RecordedEvent;
import io.isoledger.projection.EventHandlers;
import io.isoledger.projection.ReadModelProjection;
import jakarta.enterprise.context.ApplicationScoped;

/** Keeps the side effects reported, one row each. No other event touches them. */
@ApplicationScoped
public class SideEffectProjection implements ReadModelProjection {

    private static final EventHandlers<RecordedEvent> HANDLERS =
            EventHandlers.<RecordedEvent>reading(on(SideEffectReported.class, SideEffectProjection::reported));

    @Override
    public void apply(RecordedEvent recorded) {
        HANDLERS.handle(recorded.event(), recorded);
    }

    private static void reported(SideEffectReported e, RecordedEvent recorded) {
        SideEffect row = new SideEffect();
        row.placeAt(recorded, recorded.sequence());
        row.term = e.term();
        row.grade = e.grade();
        row.onsetOn = e.onsetOn();
        row.reportedBy = e.reportedBy();
        row.notes = e.notes();
        row.expected = e.expected();
        row.reportedAt = recorded.metadata().time();
        row.persist();
    }

    @Override
    public void clear() {
        SideEffect.deleteAll();
    }
}
