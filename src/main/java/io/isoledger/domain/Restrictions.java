package io.isoledger.domain;

import java.time.LocalDate;
import java.util.Optional;

/**
 * R13: what the patient must keep doing, or avoid, after the last day of treatment. During
 * treatment the dates follow the current supply's end; when treatment ends they are fixed.
 *
 * @param contraceptionRequiredUntil the last day contraception is required, or null if it is not
 * @param bloodDonationAllowedFrom the first day blood may be donated
 * @param cosmeticProceduresAllowedFrom the first day laser, light, peeling and waxing are allowed
 */
public record Restrictions(
        LocalDate contraceptionRequiredUntil,
        LocalDate bloodDonationAllowedFrom,
        LocalDate cosmeticProceduresAllowedFrom) {

    public static Restrictions after(LocalDate lastDay, Policy policy, boolean canBecomePregnant) {
        return new Restrictions(
                policy.requiresContraception(canBecomePregnant)
                        ? lastDay.plusDays(policy.contraceptionAfterEndDays())
                        : null,
                lastDay.plusDays(policy.bloodDonationAfterEndDays()),
                lastDay.plusDays(policy.cosmeticProceduresAfterEndDays()));
    }

    /**
     * The restrictions of the current (or last) course: fixed at its end, or while it goes on,
     * following its last supplied day under {@code policy}; empty before the first prescription.
     */
    public static Optional<Restrictions> of(PatientState patient, Policy policy) {
        if (patient.status() == TreatmentStatus.ENDED) {
            return Optional.ofNullable(patient.endRestrictions());
        }
        return patient.supplyEndsOn().map(end -> after(end, policy, patient.canBecomePregnantOn(end)));
    }
}
