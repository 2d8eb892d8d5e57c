package io.isoledger.domain.command;

/**
 * What a hospital system asks IsoLedger to do for one patient. Time comes in on the command (the
 * clinic date is fixed when the request arrives), so deciding never reads a clock. The {@link
 * io.isoledger.domain.Decider} decides each into {@link io.isoledger.domain.event.Event}s, or refuses it.
 */
public sealed interface Command
        permits EnrollPatient,
                RecordBloodTest,
                IssuePrescription,
                ReportSideEffect,
                DeclareReproductiveStatus,
                RecordPregnancyTest,
                ConfirmContraception,
                RecordConcomitantMedication,
                ScheduleProcedure,
                EndTreatment,
                ResolveAlert,
                RecordWeight,
                StopContraception,
                ReportContraceptionFailure,
                ChangeReproductivePotential,
                DispensePrescription,
                ExpireSupplies,
                AssessEligibility {

    String patientId();

    /** Calls the {@code Handler} method for this type; {@link CommandRoutes} holds the one table. */
    default <R> R accept(Handler<R> handler) {
        return CommandRoutes.route(this, handler);
    }

    /** One method per command type, so a new type fails the build wherever it is not handled. */
    interface Handler<R> {
        R enrollPatient(EnrollPatient command);

        R recordBloodTest(RecordBloodTest command);

        R issuePrescription(IssuePrescription command);

        R reportSideEffect(ReportSideEffect command);

        R declareReproductiveStatus(DeclareReproductiveStatus command);

        R recordPregnancyTest(RecordPregnancyTest command);

        R confirmContraception(ConfirmContraception command);

        R recordConcomitantMedication(RecordConcomitantMedication command);

        R scheduleProcedure(ScheduleProcedure command);

        R endTreatment(EndTreatment command);

        R resolveAlert(ResolveAlert command);

        R recordWeight(RecordWeight command);

        R stopContraception(StopContraception command);

        R reportContraceptionFailure(ReportContraceptionFailure command);

        R changeReproductivePotential(ChangeReproductivePotential command);

        R dispensePrescription(DispensePrescription command);

        R expireSupplies(ExpireSupplies command);

        R assessEligibility(AssessEligibility command);
    }
}
