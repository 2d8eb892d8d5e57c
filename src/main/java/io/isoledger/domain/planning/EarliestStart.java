package io.isoledger.domain.planning;

import io.isoledger.domain.PatientState;
import io.isoledger.domain.Policy;
import io.isoledger.domain.medications.Medications.Interval;
import io.isoledger.domain.rules.InteractingDrugRule;
import io.isoledger.domain.rules.PrescriptionRules;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * The first day a prescription can start, if every step is done in time: not before today, not
 * before the current supply runs out less the grace (R15), not before contraception has been in use
 * for the lead time of a new course (R5), not before an interacting drug is stopped (R6). Empty
 * while a pregnancy (or breastfeeding, or trying to conceive) stands (R3), or a drug without a stop.
 */
final class EarliestStart {

    private EarliestStart() {}

    static Optional<LocalDate> of(PatientState patient, Policy policy, LocalDate today) {
        if (patient.reproductiveStatusOn(today)
                .filter(s -> s.excludesTreatment())
                .isPresent()) {
            return Optional.empty();
        }
        List<Interval> drugs = patient.medications().intervals().stream()
                .filter(i -> InteractingDrugRule.INTERACTING.contains(i.drugClass())
                        && i.overlaps(today, today.plusYears(100)))
                .toList();
        if (drugs.stream().anyMatch(i -> i.to().isEmpty())) {
            return Optional.empty();
        }
        LocalDate earliest = today;
        for (Interval drug : drugs) {
            earliest = later(earliest, drug.to().orElseThrow().plusDays(1));
        }
        if (!patient.course().opensNewCourse(earliest, policy)) {
            LocalDate afterSupply = patient.course()
                    .supplyEndsOn(today)
                    .map(PrescriptionRules::earliestNextStart)
                    .orElse(earliest);
            return Optional.of(later(earliest, afterSupply));
        }
        boolean canBecomePregnant = patient.canBecomePregnantOn(today);
        if (canBecomePregnant) {
            // R4: the negative test must be sampled after the latest positive result, and before the start.
            Optional<LocalDate> positive =
                    patient.pregnancyResults().latestPositiveOnOrBefore(today).map(r -> r.sampledOn());
            if (positive.isPresent()) {
                earliest = later(earliest, positive.get().plusDays(1));
            }
        }
        if (!policy.requiresContraception(canBecomePregnant)) {
            return Optional.of(earliest);
        }
        // Started today at the latest, contraception reaches its lead time on today + lead.
        LocalDate inUseSince = patient.contraception()
                .sufficientSince(today, policy.contraceptionMethodsSuffice())
                .orElse(today);
        return Optional.of(later(earliest, inUseSince.plusDays(policy.contraceptionLeadDaysFor(canBecomePregnant))));
    }

    private static LocalDate later(LocalDate a, LocalDate b) {
        return b.isAfter(a) ? b : a;
    }
}
