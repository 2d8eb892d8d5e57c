package io.isoledger.patients;

import io.isoledger.domain.Event.BloodTestRecorded;
import io.isoledger.domain.Event.PatientEnrolled;
import io.isoledger.domain.Event.PrescriptionIssued;
import io.isoledger.eventlog.RecordedEvent;
import io.isoledger.projection.ReadModelProjection;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.LocalDate;

/** Keeps {@link PatientSummary} up to date; every event advances its version. */
@ApplicationScoped
public class PatientSummaryProjection implements ReadModelProjection {

    @Override
    public void apply(RecordedEvent recorded) {
        PatientSummary summary;
        if (recorded.event() instanceof PatientEnrolled e) {
            summary = new PatientSummary();
            summary.patientId = e.patientId();
            summary.sex = e.sex();
            summary.birthDate = e.birthDate();
            summary.weightKg = e.weightKg();
            summary.canBecomePregnant = e.canBecomePregnant();
            summary.enrolledAt = recorded.metadata().time();
        } else {
            summary = PatientSummary.findById(recorded.patientId());
            if (summary == null) {
                throw new IllegalStateException("Event " + recorded.sequence() + " of unknown patient " + recorded.patientId());
            }
        }
        if (recorded.event() instanceof PrescriptionIssued e) {
            summary.prescriptionCount++;
            summary.cumulativeDoseMg += e.totalMg();
            summary.supplyEndsOn = later(summary.supplyEndsOn, e.endsOn());
        } else if (recorded.event() instanceof BloodTestRecorded e) {
            summary.lastBloodTestOn = later(summary.lastBloodTestOn, e.sampledOn());
        }
        summary.version = recorded.sequence();
        summary.updatedAt = recorded.metadata().time();
        if (!summary.isPersistent()) {
            summary.persist();
        }
    }

    @Override
    public void clear() {
        PatientSummary.deleteAll();
    }

    private static LocalDate later(LocalDate current, LocalDate candidate) {
        return current == null || candidate.isAfter(current) ? candidate : current;
    }
}
