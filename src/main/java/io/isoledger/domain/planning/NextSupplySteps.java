package io.isoledger.domain.planning;

import io.isoledger.domain.PatientState;
import io.isoledger.domain.Policy;
import io.isoledger.domain.ReproductiveStatus;
import io.isoledger.domain.command.IssuePrescription;
import io.isoledger.domain.rules.BloodTestRule;
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
        Optional<Window> pregnancyTest = PregnancyTestRule.window(patient, policy, start);
        Optional<LocalDate> sampled =
                pregnancyTest.flatMap(w -> patient.pregnancyResults().latestNegativeTestBetween(w.from(), w.to()));
        pregnancyTest.ifPresent(w ->
                steps.add(new Step("R4", "Sample a negative pregnancy test", w.from(), w.to(), sampled.isPresent())));
        ContraceptionSteps.of(p).forEach(steps::add);
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
        steps.add(dispensing(probe, p, pregnancyTest.map(w -> sampled.orElse(w.from()))));
        return steps;
    }

    /**
     * R22, and R4 judged again on the day of the hand-over: the days dispensing passes whatever day
     * of its window the pregnancy test is sampled on ({@code test}: its day if sampled, else the
     * first day of its window).
     */
    private static Step dispensing(IssuePrescription probe, Proposal p, Optional<LocalDate> test) {
        Policy policy = p.policy();
        LocalDate by = DispensingRules.dispenseBy(probe, p.patient(), policy);
        if (test.isPresent()) {
            if (policy.dispensingWindowFrom() == Policy.DispensingWindowFrom.PREGNANCY_TEST) {
                by = test.get().plusDays(policy.dispensingWindowDays());
            }
            LocalDate testStillValid = test.get().plusDays(policy.pregnancyTestMaxAgeDays());
            by = testStillValid.isBefore(by) ? testStillValid : by;
        }
        return new Step(
                "R22", "Dispense the supply, the pregnancy test still valid that day (R4)", p.startsOn(), by, false);
    }
}
