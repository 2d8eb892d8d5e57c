package io.isoledger.domain;

import static io.isoledger.domain.DeciderScenario.given;
import static io.isoledger.domain.DeciderScenario.recorded;
import static io.isoledger.domain.Fixtures.ISSUED_ON;
import static io.isoledger.domain.Fixtures.PATIENT;
import static io.isoledger.domain.Fixtures.PHARMACY;
import static io.isoledger.domain.Fixtures.alert;
import static io.isoledger.domain.Fixtures.eligible;
import static io.isoledger.domain.Fixtures.resolved;
import static io.isoledger.domain.Fixtures.rx;
import static io.isoledger.domain.PregnancyPreventionFixtures.negativePregnancyTest;

import io.isoledger.domain.Decision.Rejection;
import io.isoledger.domain.Policy.Profile;
import io.isoledger.domain.command.RecordPregnancyTest;
import io.isoledger.domain.command.ResolveAlert;
import io.isoledger.domain.event.PrescriptionDispensed;
import io.isoledger.domain.event.SafetyAlertRaised;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * DispensePrescription is decided on the day of dispensing: R22 (its window, see {@link
 * DispensePrescriptionWindowSpec}), R23 ({@link DispensePrescriptionQuantitySpec}), and again R4 and R8
 * on that day.
 */
class DispensePrescriptionSpec {

    @ParameterizedTest
    @EnumSource(Profile.class)
    void dispensePrescription_appendsPrescriptionDispensed_onTheIssueDay(Profile profile) {
        given(issued(profile))
                .under(profile)
                .when(rx().dispense(ISSUED_ON))
                .then(new PrescriptionDispensed(PATIENT, "rx-1", ISSUED_ON, PHARMACY, 60));
    }

    @ParameterizedTest
    @EnumSource(Profile.class)
    void dispensePrescription_isRejectedWithR4_whenTheTestThatServedTheIssueIsTooOldOnTheDispensingDay(
            Profile profile) {
        // At the issue the test is exactly as old as the policy allows; a day later it is too old.
        int maxAge = profile.policy().pregnancyTestMaxAgeDays();
        var history = recorded(
                eligible().withoutPregnancyTest().and(negativePregnancyTest(ISSUED_ON.minusDays(maxAge))),
                profile,
                rx().command());
        // Under us-ipledge the window closed with the test's seventh day, the issue day.
        String[] broken = profile == Profile.US_IPLEDGE ? new String[] {"R4", "R22"} : new String[] {"R4"};

        given(history).under(profile).when(rx().dispense(ISSUED_ON)).thenAccepted();
        given(history)
                .under(profile)
                .when(rx().dispense(ISSUED_ON.plusDays(1)))
                .thenRejected(Rejection.RULE_VIOLATION, broken);
    }

    @ParameterizedTest
    @EnumSource(Profile.class)
    void dispensePrescription_passesR4_forAPatientWhoCannotBecomePregnant_withoutAnyTest(Profile profile) {
        var history = recorded(eligible().whoCannotBecomePregnant().withoutPregnancyTest(), profile, rx().command());
        given(history).under(profile).when(rx().dispense(ISSUED_ON.plusDays(7))).thenAccepted();
    }

    @ParameterizedTest
    @EnumSource(Profile.class)
    void dispensePrescription_isRejectedWithR4AndR8_afterAPositiveTestSampledBetweenIssueAndDispensing(
            Profile profile) {
        LocalDate positiveOn = ISSUED_ON.plusDays(1);
        var history = recorded(issued(profile), profile, pregnancyTest(positiveOn, PregnancyTestResult.POSITIVE));

        given(history)
                .under(profile)
                .when(rx().dispense(ISSUED_ON.plusDays(2)))
                .thenRejected(Rejection.RULE_VIOLATION, "R4", "R8");
    }

    @ParameterizedTest
    @EnumSource(Profile.class)
    void dispensePrescription_passes_afterThePositiveTest_whenANegativeOneFollowsAndTheAlertIsResolved(
            Profile profile) {
        LocalDate positiveOn = ISSUED_ON.plusDays(1);
        var history = recorded(issued(profile), profile, pregnancyTest(positiveOn, PregnancyTestResult.POSITIVE));
        String alertId = history.later().stream()
                .filter(SafetyAlertRaised.class::isInstance)
                .map(e -> ((SafetyAlertRaised) e).alertId())
                .findFirst()
                .orElseThrow();
        var reviewed = recorded(
                history,
                profile,
                pregnancyTest(positiveOn.plusDays(1), PregnancyTestResult.NEGATIVE),
                new ResolveAlert(PATIENT, alertId, Fixtures.CLINICIAN, "not pregnant", positiveOn.plusDays(1)));

        given(reviewed)
                .under(profile)
                .when(rx().dispense(positiveOn.plusDays(1)))
                .thenAccepted();
    }

    @ParameterizedTest
    @EnumSource(Profile.class)
    void dispensePrescription_isRejectedWithR8_whileABlockingAlertIsOpen(Profile profile) {
        given(issued(profile).and(alert("AL-90", "R10", true)))
                .under(profile)
                .when(rx().dispense(ISSUED_ON))
                .thenRejected(Rejection.RULE_VIOLATION, "R8");
    }

    @Test
    void dispensePrescription_passesR8_whenTheBlockingAlertWasResolved_orOnlyAWarningIsOpen() {
        given(issued(Profile.JP_CLINIC).and(alert("AL-90", "R10", true), resolved("AL-90")))
                .when(rx().dispense(ISSUED_ON))
                .thenAccepted();
        given(issued(Profile.JP_CLINIC).and(alert("AL-91", "R9", false)))
                .when(rx().dispense(ISSUED_ON))
                .thenAccepted();
    }

    private static PatientHistory issued(Profile profile) {
        return recorded(eligible(), profile, rx().command());
    }

    private static RecordPregnancyTest pregnancyTest(LocalDate sampledOn, PregnancyTestResult result) {
        return new RecordPregnancyTest(PATIENT, sampledOn, result, PregnancyTestMethod.URINE);
    }
}
