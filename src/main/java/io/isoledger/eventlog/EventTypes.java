package io.isoledger.eventlog;

import io.isoledger.domain.event.BloodTestRecorded;
import io.isoledger.domain.event.ConcomitantMedicationRecorded;
import io.isoledger.domain.event.ContraceptionConfirmed;
import io.isoledger.domain.event.ContraceptionFailureReported;
import io.isoledger.domain.event.ContraceptionStopped;
import io.isoledger.domain.event.Event;
import io.isoledger.domain.event.PatientEnrolled;
import io.isoledger.domain.event.PregnancyTestRecorded;
import io.isoledger.domain.event.PrescriptionDispensed;
import io.isoledger.domain.event.PrescriptionExpired;
import io.isoledger.domain.event.PrescriptionIssued;
import io.isoledger.domain.event.ProcedureScheduled;
import io.isoledger.domain.event.ReproductivePotentialChanged;
import io.isoledger.domain.event.ReproductiveStatusDeclared;
import io.isoledger.domain.event.SafetyAlertRaised;
import io.isoledger.domain.event.SafetyAlertResolved;
import io.isoledger.domain.event.SideEffectReported;
import io.isoledger.domain.event.TreatmentEnded;
import io.isoledger.domain.event.WeightRecorded;

/**
 * The public event contract: each event's CloudEvents type. A new shape is a new version, and the
 * older versions still on the topic are read through {@link Upcasters}.
 */
public final class EventTypes {

    public static final WireTypes<Event> ALL = new WireTypes<>(
            Event.class,
            new WireType<>("PatientEnrolled", 2, PatientEnrolled.class),
            new WireType<>("BloodTestRecorded", 2, BloodTestRecorded.class),
            new WireType<>("PrescriptionIssued", 2, PrescriptionIssued.class),
            new WireType<>("SideEffectReported", 1, SideEffectReported.class),
            new WireType<>("ReproductiveStatusDeclared", 1, ReproductiveStatusDeclared.class),
            new WireType<>("PregnancyTestRecorded", 1, PregnancyTestRecorded.class),
            new WireType<>("ContraceptionConfirmed", 2, ContraceptionConfirmed.class),
            new WireType<>("ConcomitantMedicationRecorded", 1, ConcomitantMedicationRecorded.class),
            new WireType<>("ProcedureScheduled", 1, ProcedureScheduled.class),
            new WireType<>("TreatmentEnded", 1, TreatmentEnded.class),
            new WireType<>("SafetyAlertRaised", 1, SafetyAlertRaised.class),
            new WireType<>("SafetyAlertResolved", 1, SafetyAlertResolved.class),
            new WireType<>("WeightRecorded", 1, WeightRecorded.class),
            new WireType<>("ContraceptionStopped", 1, ContraceptionStopped.class),
            new WireType<>("ContraceptionFailureReported", 1, ContraceptionFailureReported.class),
            new WireType<>("ReproductivePotentialChanged", 1, ReproductivePotentialChanged.class),
            new WireType<>("PrescriptionDispensed", 1, PrescriptionDispensed.class),
            new WireType<>("PrescriptionExpired", 1, PrescriptionExpired.class));

    private EventTypes() {}
}
