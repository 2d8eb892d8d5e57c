package io.isoledger.domain;

import io.isoledger.domain.Policy.ContraceptionScope;
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
        boolean contraception =
                policy.contraceptionRequiredOf() == ContraceptionScope.EVERY_PATIENT || canBecomePregnant;
        return new Restrictions(
                contraception ? lastDay.plusDays(policy.contraceptionAfterEndDays()) : null,
                lastDay.plusDays(policy.bloodDonationAfterEndDays()),
                lastDay.plusDays(policy.cosmeticProceduresAfterEndDays()));
    }

    /** The treatment's last day: its end, or while it goes on, the current supply's last day. */
    public static Optional<LocalDate> lastTreatmentDay(PatientState patient) {
        return patient.treatmentEndedOn() != null ? Optional.of(patient.treatmentEndedOn()) : patient.supplyEndsOn();
    }
}
