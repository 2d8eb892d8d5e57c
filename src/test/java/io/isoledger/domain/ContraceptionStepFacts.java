package io.isoledger.domain;

import static io.isoledger.domain.Fixtures.PATIENT;
import static io.isoledger.domain.PlanGenerators.TODAY;

import io.isoledger.domain.command.ConfirmContraception;
import io.isoledger.domain.planning.Step;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.BinaryOperator;

/**
 * The facts that do R5's two steps for {@link PlanSimulation}: methods that suffice started (every
 * start is recorded with its confirmation), and a clinician's confirmation of the methods in use,
 * each with the day it started. {@code between} picks a random day of a window.
 */
final class ContraceptionStepFacts {

    /** Enough under every profile (R5). */
    static final Set<ContraceptionMethod> SUFFICIENT = EnumSet.of(ContraceptionMethod.IUD, ContraceptionMethod.CONDOM);

    private ContraceptionStepFacts() {}

    /**
     * The in-use step: the methods started by its deadline, or a day after it when {@code outside}; when
     * the confirmation step is to be outside its window, the day before that window, which keeps this
     * start's own confirmation out of it.
     */
    static ConfirmContraception inUse(
            Step step,
            boolean outside,
            Step confirmation,
            boolean confirmationOutside,
            BinaryOperator<LocalDate> between) {
        LocalDate since = outside
                ? step.to().plusDays(1)
                : confirmationOutside
                        ? confirmation.from().minusDays(1)
                        : between.apply(earlier(TODAY, step.to()), step.to());
        return new ConfirmContraception(PATIENT, SUFFICIENT, since, since);
    }

    /**
     * The confirmation step: the methods in use on the start confirmed inside its window (a day before
     * it when {@code outside}). During a course the plan has no step to start contraception: when none
     * that suffices is in use and {@code mayStart}, methods that suffice start on the confirmation day,
     * not before today (an earlier start would not override a stop recorded since).
     */
    static List<ConfirmContraception> confirmation(
            PatientState patient,
            Policy policy,
            LocalDate start,
            Step step,
            boolean outside,
            boolean mayStart,
            BinaryOperator<LocalDate> between) {
        Set<ContraceptionMethod> inForce = patient.contraception().inForceOn(start);
        if (!policy.contraceptionMethodsSuffice().suffices(inForce) && mayStart) {
            LocalDate on = outside ? step.from().minusDays(1) : between.apply(later(step.from(), TODAY), step.to());
            return List.of(new ConfirmContraception(PATIENT, SUFFICIENT, on, on));
        }
        Map<LocalDate, Set<ContraceptionMethod>> bySince = new TreeMap<>();
        for (ContraceptionMethod m : inForce) {
            LocalDate since = patient.contraception().inUseSince(m, start).orElseThrow();
            bySince.computeIfAbsent(since, d -> EnumSet.noneOf(ContraceptionMethod.class))
                    .add(m);
        }
        LocalDate latestSince = bySince.keySet().stream().reduce((a, b) -> b).orElse(step.from());
        LocalDate on = outside ? step.from().minusDays(1) : between.apply(later(step.from(), latestSince), step.to());
        return bySince.entrySet().stream()
                .map(e -> new ConfirmContraception(PATIENT, e.getValue(), e.getKey(), on))
                .toList();
    }

    private static LocalDate earlier(LocalDate a, LocalDate b) {
        return a.isBefore(b) ? a : b;
    }

    private static LocalDate later(LocalDate a, LocalDate b) {
        return a.isAfter(b) ? a : b;
    }
}
