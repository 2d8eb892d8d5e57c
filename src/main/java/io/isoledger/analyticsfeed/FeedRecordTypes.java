package io.isoledger.analyticsfeed;

import io.isoledger.eventlog.WireType;
import io.isoledger.eventlog.WireTypes;

/**
 * The feed's record types, {@code isoledger.analytics.<Name>.v<N>}: a published version never
 * changes shape, as on the events topic; a new shape is a new version in the AsyncAPI document.
 */
public final class FeedRecordTypes {

    public static final WireTypes<FeedRecord> ALL = new WireTypes<>(
            FeedRecord.class,
            type("PatientEnrolled", FeedRecord.PatientEnrolled.class),
            type("BloodTestRecorded", FeedRecord.BloodTestRecorded.class),
            type("PrescriptionIssued", FeedRecord.PrescriptionIssued.class),
            type("SideEffectReported", FeedRecord.SideEffectReported.class),
            type("ReproductiveStatusDeclared", FeedRecord.ReproductiveStatusDeclared.class),
            type("PregnancyTestRecorded", FeedRecord.PregnancyTestRecorded.class),
            type("ContraceptionConfirmed", FeedRecord.ContraceptionConfirmed.class),
            type("ContraceptionStopped", FeedRecord.ContraceptionStopped.class),
            type("ContraceptionFailureReported", FeedRecord.ContraceptionFailureReported.class),
            type("ReproductivePotentialChanged", FeedRecord.ReproductivePotentialChanged.class),
            type("ConcomitantMedicationRecorded", FeedRecord.ConcomitantMedicationRecorded.class),
            type("ProcedureScheduled", FeedRecord.ProcedureScheduled.class),
            type("TreatmentEnded", FeedRecord.TreatmentEnded.class),
            type("SafetyAlertRaised", FeedRecord.SafetyAlertRaised.class),
            type("SafetyAlertResolved", FeedRecord.SafetyAlertResolved.class),
            type("PrescriptionDispensed", FeedRecord.PrescriptionDispensed.class),
            type("PrescriptionExpired", FeedRecord.PrescriptionExpired.class));

    private FeedRecordTypes() {}

    private static WireType<FeedRecord> type(String name, Class<? extends FeedRecord> javaType) {
        return new WireType<>("analytics." + name, 1, javaType);
    }
}
