package io.isoledger.domain.rules;

import io.isoledger.domain.PatientState;
import io.isoledger.domain.PatientState.Procedure;
import io.isoledger.domain.Policy;
import io.isoledger.domain.Violation;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * R12 when a new supply extends the course: a procedure still to come that was clear of the
 * treatment before and falls in conflict with it now raises an alert (a warning: the procedure is
 * moved, the prescription stands).
 */
public final class ProcedureSignals {

    private ProcedureSignals() {}

    /** {@code before} and {@code after}: the patient without and with the new supply. */
    public static List<Finding> of(PatientState before, PatientState after, Policy policy, LocalDate today) {
        List<Finding> findings = new ArrayList<>();
        for (Procedure procedure : after.procedures()) {
            if (procedure.scheduledOn().isBefore(today)
                    || !ProcedureConflicts.of(procedure.kind(), procedure.scheduledOn(), before, policy)
                            .isEmpty()) {
                continue;
            }
            for (Violation conflict : ProcedureConflicts.of(procedure.kind(), procedure.scheduledOn(), after, policy)) {
                findings.add(new Finding(
                        ProcedureConflicts.RULE,
                        false,
                        "Procedure " + procedure.procedureId() + " is now in conflict with the new supply: "
                                + conflict.message() + " Reschedule it."));
            }
        }
        return findings;
    }
}
