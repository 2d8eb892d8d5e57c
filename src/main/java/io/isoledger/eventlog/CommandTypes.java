package io.isoledger.eventlog;

import io.isoledger.domain.Command;
import io.isoledger.domain.Command.AssessEligibility;
import io.isoledger.domain.Command.ChangeReproductivePotential;
import io.isoledger.domain.Command.ConfirmContraception;
import io.isoledger.domain.Command.DeclareReproductiveStatus;
import io.isoledger.domain.Command.DispensePrescription;
import io.isoledger.domain.Command.EndTreatment;
import io.isoledger.domain.Command.EnrollPatient;
import io.isoledger.domain.Command.ExpireSupplies;
import io.isoledger.domain.Command.IssuePrescription;
import io.isoledger.domain.Command.RecordBloodTest;
import io.isoledger.domain.Command.RecordConcomitantMedication;
import io.isoledger.domain.Command.RecordPregnancyTest;
import io.isoledger.domain.Command.RecordWeight;
import io.isoledger.domain.Command.ReportContraceptionFailure;
import io.isoledger.domain.Command.ReportSideEffect;
import io.isoledger.domain.Command.ResolveAlert;
import io.isoledger.domain.Command.ScheduleProcedure;
import io.isoledger.domain.Command.StopContraception;

/** The wire names of commands on the commands topic. */
public final class CommandTypes {

    public static final WireTypes<Command> ALL = new WireTypes<>(
            Command.class,
            new WireType<>("EnrollPatient", 2, EnrollPatient.class),
            new WireType<>("RecordBloodTest", 2, RecordBloodTest.class),
            new WireType<>("IssuePrescription", 1, IssuePrescription.class),
            new WireType<>("ReportSideEffect", 1, ReportSideEffect.class),
            new WireType<>("DeclareReproductiveStatus", 1, DeclareReproductiveStatus.class),
            new WireType<>("RecordPregnancyTest", 1, RecordPregnancyTest.class),
            new WireType<>("ConfirmContraception", 2, ConfirmContraception.class),
            new WireType<>("RecordConcomitantMedication", 1, RecordConcomitantMedication.class),
            new WireType<>("ScheduleProcedure", 1, ScheduleProcedure.class),
            new WireType<>("EndTreatment", 2, EndTreatment.class),
            new WireType<>("ResolveAlert", 1, ResolveAlert.class),
            new WireType<>("RecordWeight", 1, RecordWeight.class),
            new WireType<>("AssessEligibility", 1, AssessEligibility.class),
            new WireType<>("StopContraception", 1, StopContraception.class),
            new WireType<>("ReportContraceptionFailure", 1, ReportContraceptionFailure.class),
            new WireType<>("ChangeReproductivePotential", 1, ChangeReproductivePotential.class),
            new WireType<>("DispensePrescription", 1, DispensePrescription.class),
            new WireType<>("ExpireSupplies", 1, ExpireSupplies.class));

    private CommandTypes() {}
}
