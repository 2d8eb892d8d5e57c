package io.isoledger.patients;

import io.isoledger.domain.TreatmentStatus;
import io.isoledger.domain.event.SafetyAlertRaised;
import io.quarkus.panache.common.Sort;
import java.time.LocalDate;
import java.util.List;

/**
 * The clinician's worklist: patients with open alerts, or in treatment with a blood test due or a
 * supply that runs out by a horizon. Each {@link PatientSummary} keeps the first day its patient needs
 * attention, {@code attentionFrom}: the earliest of the day its alerts have been open since and, in
 * treatment, the next blood test's due day and the supply's last day. The patients needing attention
 * by a horizon are then those with {@code attentionFrom <= horizon}: one range of the index
 * {@code patient_summary_worklist (attention_from, patient_id)}, which returns them in the worklist's
 * order, so a page costs its own rows (and those of the pages before it), never a sort of them all.
 */
final class Worklist {

    static final Sort ORDER = Sort.by("attentionFrom").and("patientId");

    private Worklist() {}

    /** One page of the patients needing attention by {@code horizon}: longest waiting first, then by id. */
    static List<PatientSummary> page(LocalDate horizon, int page, int size) {
        return PatientSummary.<PatientSummary>find("attentionFrom <= ?1", ORDER, horizon)
                .page(page, size)
                .list();
    }

    /** The first day the summary's patient needs attention, null when on no day; kept by the projection. */
    static LocalDate attentionFrom(PatientSummary s) {
        LocalDate from = s.openAlerts > 0 ? s.openAlertsSince : null;
        if (s.status == TreatmentStatus.IN_TREATMENT) {
            from = earlier(from, s.nextBloodTestDueOn);
            from = earlier(from, s.supplyEndsOn);
        }
        return from;
    }

    /**
     * An alert counts from the day it was raised or recorded, whichever is earlier: never after the
     * clinic's today, so a patient with an open alert is on the worklist whatever its horizon.
     */
    static void alertRaised(SafetyAlertRaised e, SummaryChange change) {
        PatientSummary summary = change.summary();
        summary.openAlerts++;
        summary.openAlertsSince = earlier(summary.openAlertsSince, earlier(e.raisedOn(), change.recordedOn()));
    }

    static void alertResolved(SummaryChange change) {
        PatientSummary summary = change.summary();
        summary.openAlerts--;
        if (summary.openAlerts <= 0) {
            summary.openAlertsSince = null;
        }
    }

    private static LocalDate earlier(LocalDate current, LocalDate candidate) {
        if (candidate == null) {
            return current;
        }
        return current == null || candidate.isBefore(current) ? candidate : current;
    }
}
