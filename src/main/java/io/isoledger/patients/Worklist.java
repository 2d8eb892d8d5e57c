package io.isoledger.patients;

import io.isoledger.domain.TreatmentStatus;
import io.isoledger.domain.event.SafetyAlertRaised;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The clinician's worklist: patients with open alerts, or in treatment with a blood test due or a
 * supply that runs out by a horizon. Each {@link PatientSummary} keeps the first day its patient needs
 * attention, {@code attentionFrom}: the earliest of the day its alerts have been open since and, in
 * treatment, the next blood test's due day and the supply's last day. The patients needing attention
 * by a horizon are then those with {@code attentionFrom <= horizon}: one range of the index
 * {@code patient_summary_worklist (attention_from, patient_id)}, which returns them in the worklist's
 * order, so a page costs its own rows (and the index entries of the pages before it), never a sort.
 */
final class Worklist {

    private Worklist() {}

    /**
     * One page of the patients needing attention by {@code horizon}: longest waiting first, then by id.
     * The page's ids come first, from the index alone (an index-only scan, so a late page skips index
     * entries, not table rows, and is never sorted); then their summaries, by primary key. One that left
     * the worklist in between is left out.
     */
    static List<PatientSummary> page(LocalDate horizon, int page, int size) {
        long first = (long) page * size;
        if (first > Integer.MAX_VALUE) {
            return List.of();
        }
        List<String> ids = PatientSummary.getEntityManager()
                .createQuery(
                        "select s.patientId from PatientSummary s where s.attentionFrom <= :horizon"
                                + " order by s.attentionFrom, s.patientId",
                        String.class)
                .setParameter("horizon", horizon)
                .setFirstResult((int) first)
                .setMaxResults(size)
                .getResultList();
        if (ids.isEmpty()) {
            return List.of();
        }
        Map<String, PatientSummary> byId = PatientSummary.<PatientSummary>list("patientId in ?1", ids).stream()
                .collect(Collectors.toMap(s -> s.patientId, s -> s));
        return ids.stream()
                .map(byId::get)
                .filter(s -> s != null && s.attentionFrom != null && !s.attentionFrom.isAfter(horizon))
                .toList();
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
