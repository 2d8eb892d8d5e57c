package io.isoledger.domain.planning;

import io.isoledger.domain.Command.IssuePrescription;
import io.isoledger.domain.PatientState;
import io.isoledger.domain.Policy;
import io.isoledger.domain.ReproductiveStatus;
import io.isoledger.domain.rules.BloodTestRule;
import io.isoledger.domain.rules.ContraceptionRule;
import io.isoledger.domain.rules.DispensingRules;
import io.isoledger.domain.rules.InteractingDrugRule;
import io.isoledger.domain.rules.PregnancyTestRule;
import io.isoledger.domain.rules.Proposal;
import io.isoledger.domain.rules.StartWindowRule;
import io.isoledger.domain.rules.Window;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The steps of a prescription starting (and issued) on a day, each window the one its rule decides
 * with: R2's blood test, R4's pregnancy test, R5's contraception and its confirmation, R3, R6 and
 * R8's obstacles, R16's issue and R22's dispensing.
 */
final class NextSupplySteps {

    private NextSupplySteps() {}

    static List<Step> of(PatientState patient, Policy policy, LocalDate start) {
        IssuePrescription probe = new IssuePrescription(patient.patientId(), null, 0, 0, 0, start, start, null);
        Proposal p = new Proposal(probe, patient, policy);
        List<Step> steps = new ArrayList<>();
        patient.reproductiveStatusOn(start)
                .filter(ReproductiveStatus::excludesTreatment)
                .ifPresent(status -> steps.add(new Step(
                        "R3",
                        "No isotretinoin while " + status + ": a new status must be declared",
                        null,
                        start,
                        false)));
        BloodTestRule.window(p)
                .ifPresent(w -> steps.add(new Step(
                        "R2",
                        "Sample ALT and triglycerides",
                        w.from(),
                        w.to(),
                        BloodTestRule.missing(p, w).isEmpty())));
        PregnancyTestRule.window(patient, policy, start)
                .ifPresent(w -> steps.add(new Step(
                        "R4",
                        "Sample a negative pregnancy test",
                        w.from(),
                        w.to(),
                        patient.pregnancyResults()
                                .latestNegativeTestBetween(w.from(), w.to())
                                .isPresent())));
        contraception(p, steps);
        patient.medications()
                .ofClassesDuring(InteractingDrugRule.INTERACTING, start, p.endsOn())
                .forEach(drug -> steps.add(
                        new Step("R6", "Stop " + drug.name() + " before the start", null, start.minusDays(1), false)));
        patient.openBlockingAlerts()
                .forEach(alert -> steps.add(new Step(
                        "R8",
                        "A clinician resolves alert " + alert.alertId() + " (" + alert.rule() + ")",
                        null,
                        start,
                        false)));
        Window issue = StartWindowRule.issueWindow(start, policy);
        steps.add(new Step("R16", "Issue the prescription", issue.from(), issue.to(), false));
        steps.add(new Step(
                "R22", "Dispense the supply", start, DispensingRules.dispenseBy(probe, patient, policy), false));
        return steps;
    }

    private static void contraception(Proposal p, List<Step> steps) {
        var sufficiency = p.policy().contraceptionMethodsSuffice();
        var contraception = p.patient().contraception();
        Optional<LocalDate> since = ContraceptionRule.inUseSince(p);
        since.ifPresent(day -> steps.add(new Step(
                "R5",
                "Contraception in use without a break: " + sufficiency.description(),
                null,
                day,
                sufficiency.suffices(contraception.inForceOnSince(p.startsOn(), day)))));
        ContraceptionRule.confirmationWindow(p)
                .ifPresent(w -> steps.add(new Step(
                        "R5",
                        "A clinician confirms the contraception in use",
                        w.from(),
                        w.to(),
                        sufficiency.suffices(contraception.inForceOnConfirmedSince(p.startsOn(), w.from())))));
    }
}
