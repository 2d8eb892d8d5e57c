package io.isoledger.domain.rules;

import io.isoledger.domain.PatientState;
import io.isoledger.domain.Policy;
import io.isoledger.domain.ProcedureKind;
import io.isoledger.domain.Restrictions;
import io.isoledger.domain.Violation;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * R12: laser, light, peeling and waxing are off limits during treatment and until the policy's
 * days after its end; surgery and tooth extraction during treatment.
 */
public final class ProcedureConflicts {

    public static final String RULE = "R12";

    private ProcedureConflicts() {}

    public static List<Violation> of(ProcedureKind kind, LocalDate scheduledOn, PatientState patient, Policy policy) {
        Optional<LocalDate> lastDay = Restrictions.lastTreatmentDay(patient);
        LocalDate courseStart = patient.courseStartedOn();
        if (lastDay.isEmpty() || courseStart == null || scheduledOn.isBefore(courseStart)) {
            return List.of();
        }
        if (kind.cosmetic()) {
            LocalDate allowedFrom = lastDay.get().plusDays(policy.cosmeticProceduresAfterEndDays());
            return scheduledOn.isBefore(allowedFrom)
                    ? List.of(new Violation(RULE, kind + " on " + scheduledOn + " is too early: skin procedures are"
                            + " allowed from " + allowedFrom + " (" + policy.cosmeticProceduresAfterEndDays()
                            + " days after the treatment's end)."))
                    : List.of();
        }
        return scheduledOn.isAfter(lastDay.get())
                ? List.of()
                : List.of(new Violation(RULE, kind + " on " + scheduledOn + " falls during isotretinoin treatment"
                        + " (until " + lastDay.get() + "): wound healing is impaired."));
    }
}
