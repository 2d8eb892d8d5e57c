package io.isoledger.domain.rules;

import io.isoledger.domain.PatientState;
import io.isoledger.domain.Policy;
import io.isoledger.domain.ProcedureKind;
import io.isoledger.domain.Restrictions;
import io.isoledger.domain.TreatmentStatus;
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
    static final String SUMMARY = "laser, light, peeling or waxing during treatment or before the policy's days after"
            + " its end, surgery or tooth extraction during treatment: scheduled, flagged as a conflict; a procedure"
            + " that a new supply brings into conflict raises an alert";

    private ProcedureConflicts() {}

    public static List<Violation> of(ProcedureKind kind, LocalDate scheduledOn, PatientState patient, Policy policy) {
        if (patient.courseStartedOn() == null) {
            return List.of(); // never treated
        }
        return kind.cosmetic() ? cosmetic(kind, scheduledOn, patient, policy) : surgical(kind, scheduledOn, patient);
    }

    private static List<Violation> cosmetic(ProcedureKind kind, LocalDate scheduledOn, PatientState patient, Policy p) {
        boolean inCourse =
                patient.status() == TreatmentStatus.IN_TREATMENT && !scheduledOn.isBefore(patient.courseStartedOn());
        // A date before the current course may still fall in the ban of an earlier, ended one.
        Optional<LocalDate> binding = inCourse
                ? Restrictions.of(patient, p).map(Restrictions::cosmeticProceduresAllowedFrom)
                : Optional.ofNullable(patient.endRestrictions()).map(Restrictions::cosmeticProceduresAllowedFrom);
        if (binding.isEmpty() || !scheduledOn.isBefore(binding.get())) {
            return List.of();
        }
        return List.of(new Violation(
                RULE,
                kind + " on " + scheduledOn + " is too early: laser, light, peeling and"
                        + " waxing are allowed from " + binding.get() + " (" + p.cosmeticProceduresAfterEndDays()
                        + " days after the treatment's end)."));
    }

    private static List<Violation> surgical(ProcedureKind kind, LocalDate scheduledOn, PatientState patient) {
        Optional<LocalDate> lastDay = patient.course().lastTreatmentDay();
        if (lastDay.isEmpty()
                || scheduledOn.isBefore(patient.courseStartedOn())
                || scheduledOn.isAfter(lastDay.get())) {
            return List.of();
        }
        return List.of(new Violation(
                RULE,
                kind + " on " + scheduledOn + " falls during isotretinoin treatment" + " (until " + lastDay.get()
                        + "): wound healing is impaired."));
    }
}
