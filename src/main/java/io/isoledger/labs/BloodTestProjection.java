package io.isoledger.labs;

import static io.isoledger.projection.EventHandlers.on;

import io.isoledger.domain.LabResult;
import io.isoledger.domain.event.BloodTestRecorded;
import io.isoledger.eventlog.RecordedEvent;
import io.isoledger.projection.EventHandlers;
import io.isoledger.projection.ReadModelProjection;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;

/**
 * Keeps the blood tests and their results, as recorded and in the standard units: one row per
 * blood test recorded, and one per result. No other event touches them.
 */
@ApplicationScoped
public class BloodTestProjection implements ReadModelProjection {

    private static final EventHandlers<RecordedEvent> HANDLERS =
            EventHandlers.<RecordedEvent>reading(on(BloodTestRecorded.class, BloodTestProjection::recorded));

    @Override
    public void apply(RecordedEvent recorded) {
        HANDLERS.handle(recorded.event(), recorded);
    }

    private static void recorded(BloodTestRecorded e, RecordedEvent recorded) {
        BloodTest test = new BloodTest();
        test.placeAt(recorded, recorded.sequence());
        test.sampledOn = e.sampledOn();
        test.fasting = e.fasting();
        test.recordedAt = recorded.metadata().time();
        test.persist();
        List<LabResult> results = e.results();
        for (int i = 0; i < results.size(); i++) {
            LabResult r = results.get(i);
            BloodTestResult row = new BloodTestResult();
            row.id = test.id + "/" + i;
            row.bloodTestId = test.id;
            row.ordinal = i;
            row.analyte = r.analyte();
            row.value = r.value();
            row.unit = r.unit();
            row.upperLimitOfNormal = r.upperLimitOfNormal();
            row.standardValue = r.standardValue();
            row.standardUnit = r.standardUnit();
            row.standardUpperLimitOfNormal = r.standardUpperLimitOfNormal();
            row.persist();
        }
    }

    @Override
    public void clear() {
        BloodTestResult.deleteAll();
        BloodTest.deleteAll();
    }
}
