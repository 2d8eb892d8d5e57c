package io.isoledger.eventlog;

import io.isoledger.domain.command.AssessEligibility;
import io.isoledger.domain.command.ChangeReproductivePotential;
import io.isoledger.domain.command.Command;
import io.isoledger.domain.command.ConfirmContraception;
import io.isoledger.domain.command.DeclareReproductiveStatus;
import io.isoledger.domain.command.DispensePrescription;
import io.isoledger.domain.command.EndTreatment;
import io.isoledger.domain.command.EnrollPatient;
import io.isoledger.domain.command.ExpireSupplies;
import io.isoledger.domain.command.IssuePrescription;
import io.isoledger.domain.command.RecordBloodTest;
import io.isoledger.domain.command.RecordConcomitantMedication;
import io.isoledger.domain.command.RecordPregnancyTest;
import io.isoledger.domain.command.RecordWeight;
import io.isoledger.domain.command.ReportContraceptionFailure;
import io.isoledger.domain.command.ReportSideEffect;
import io.isoledger.domain.command.ResolveAlert;
import io.isoledger.domain.command.ScheduleProcedure;
import io.isoledger.domain.command.StopContraception;

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
