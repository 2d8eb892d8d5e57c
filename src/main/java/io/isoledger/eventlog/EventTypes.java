package io.isoledger.eventlog;

import io.isoledger.domain.Event;
import io.isoledger.domain.Event.BloodTestRecorded;
import io.isoledger.domain.Event.ConcomitantMedicationRecorded;
import io.isoledger.domain.Event.ContraceptionConfirmed;
import io.isoledger.domain.Event.ContraceptionFailureReported;
import io.isoledger.domain.Event.ContraceptionStopped;
import io.isoledger.domain.Event.PatientEnrolled;
import io.isoledger.domain.Event.PregnancyTestRecorded;
import io.isoledger.domain.Event.PrescriptionDispensed;
import io.isoledger.domain.Event.PrescriptionExpired;
import io.isoledger.domain.Event.PrescriptionIssued;
import io.isoledger.domain.Event.ProcedureScheduled;
import io.isoledger.domain.Event.ReproductivePotentialChanged;
import io.isoledger.domain.Event.ReproductiveStatusDeclared;
import io.isoledger.domain.Event.SafetyAlertRaised;
import io.isoledger.domain.Event.SafetyAlertResolved;
import io.isoledger.domain.Event.SideEffectReported;
import io.isoledger.domain.Event.TreatmentEnded;
import io.isoledger.domain.Event.WeightRecorded;

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
