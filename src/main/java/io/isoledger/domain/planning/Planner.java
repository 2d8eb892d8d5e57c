package io.isoledger.domain.planning;

import io.isoledger.domain.PatientState;
import io.isoledger.domain.Policy;
import io.isoledger.domain.TreatmentStatus;
import io.isoledger.domain.planning.Plan.Phase;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * A patient's plan, derived from the rules themselves: each step's window is the one the rule
 * decides with ({@link NextSupplySteps}), so doing every step in its window lets the prescription
 * on the planned start pass, and a step outside it fails the rule named.
 */
public final class Planner {

    private Planner() {}

    /**
     * @param today the clinic's date: nothing can be done before it
     * @param startOn the start asked about, or empty for the earliest one
     */
    public static Plan plan(PatientState patient, Policy policy, LocalDate today, Optional<LocalDate> startOn) {
        if (patient.status() == TreatmentStatus.ENDED && startOn.isEmpty()) {
            return new Plan(Phase.AFTER_A_COURSE, null, null, AfterCourseSteps.of(patient, policy, today));
        }
        Phase phase = patient.status() == TreatmentStatus.IN_TREATMENT ? Phase.IN_A_COURSE : Phase.BEFORE_A_COURSE;
        Optional<LocalDate> earliest = EarliestStart.of(patient, policy, today);
        LocalDate start = startOn.or(() -> earliest).orElse(today);
        List<Step> steps = NextSupplySteps.of(patient, policy, start);
        return new Plan(phase, earliest.orElse(null), start, steps);
    }
}
