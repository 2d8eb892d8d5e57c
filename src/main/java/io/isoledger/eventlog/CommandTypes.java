package io.isoledger.eventlog;

import io.isoledger.domain.Command;
import io.isoledger.domain.Command.EnrollPatient;
import io.isoledger.domain.Command.IssuePrescription;
import io.isoledger.domain.Command.RecordBloodTest;
import io.isoledger.domain.Command.ReportSideEffect;

/** The wire names of commands on the commands topic. */
public final class CommandTypes {

    public static final WireTypes<Command> ALL = new WireTypes<>(
            Command.class,
            new WireType<>("EnrollPatient", 1, EnrollPatient.class),
            new WireType<>("RecordBloodTest", 1, RecordBloodTest.class),
            new WireType<>("IssuePrescription", 1, IssuePrescription.class),
            new WireType<>("ReportSideEffect", 1, ReportSideEffect.class));

    private CommandTypes() {}
}
