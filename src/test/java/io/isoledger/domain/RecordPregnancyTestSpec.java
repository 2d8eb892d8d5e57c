package io.isoledger.domain;

import static io.isoledger.domain.DeciderScenario.given;
import static io.isoledger.domain.Fixtures.CLINICIAN;
import static io.isoledger.domain.Fixtures.ISSUED_ON;
import static io.isoledger.domain.Fixtures.PATIENT;
import static io.isoledger.domain.Fixtures.eligible;
import static io.isoledger.domain.Fixtures.rx;
import static io.isoledger.domain.PregnancyPreventionFixtures.negativePregnancyTest;
import static org.assertj.core.api.Assertions.assertThat;

import io.isoledger.domain.Decision.Rejection;
import io.isoledger.domain.Policy.Profile;
import io.isoledger.domain.command.RecordPregnancyTest;
import io.isoledger.domain.command.ResolveAlert;
import io.isoledger.domain.event.Event;
import io.isoledger.domain.event.PregnancyTestRecorded;
import io.isoledger.domain.event.SafetyAlertRaised;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** R4: a positive pregnancy test raises a blocking alert that stops prescriptions until a clinician resolves it. */
class RecordPregnancyTestSpec {

    private static final LocalDate SAMPLED_ON = ISSUED_ON.minusDays(3);
    private static final RecordPregnancyTest POSITIVE =
            new RecordPregnancyTest(PATIENT, SAMPLED_ON, PregnancyTestResult.POSITIVE, PregnancyTestMethod.SERUM);
    /** The eligible history holds four events, so the test is event 5 and its alert event 6. */
    private static final String ALERT_ID = "AL-6";

    @Test
    void recordPregnancyTest_recordsANegativeTest_withoutAnAlert() {
        given(eligible())
                .when(new RecordPregnancyTest(
                        PATIENT, SAMPLED_ON, PregnancyTestResult.NEGATIVE, PregnancyTestMethod.URINE))
                .then(new PregnancyTestRecorded(
                        PATIENT, SAMPLED_ON, PregnancyTestResult.NEGATIVE, PregnancyTestMethod.URINE));
    }

    @Test
    void recordPregnancyTest_raisesABlockingR4Alert_whenTheTestIsPositive() {
        var events = given(eligible()).when(POSITIVE).thenAccepted();

        assertThat(events).hasSize(2);
        assertThat(events.get(0))
                .isEqualTo(new PregnancyTestRecorded(
                        PATIENT, SAMPLED_ON, PregnancyTestResult.POSITIVE, PregnancyTestMethod.SERUM));
        assertThat(events.get(1)).isInstanceOfSatisfying(SafetyAlertRaised.class, alert -> {
            assertThat(alert.alertId()).isEqualTo(ALERT_ID);
            assertThat(alert.rule()).isEqualTo("R4");
            assertThat(alert.blocking()).isTrue();
            assertThat(alert.raisedOn()).isEqualTo(SAMPLED_ON);
            assertThat(alert.reason()).contains("SERUM", SAMPLED_ON.toString());
        });
    }

    @ParameterizedTest
    @EnumSource(Profile.class)
    void issuePrescription_isRejectedWithR4AndR8_whileThePositiveTestsAlertIsOpen(Profile profile) {
        // The R4 alert is also an open blocking alert, so R8 names it too.
        var rejected = given(eligible().and(positiveTestRecorded()))
                .under(profile)
                .when(rx().command())
                .thenRejected(Rejection.RULE_VIOLATION, "R4", "R8");

        assertThat(rejected.violations())
                .anySatisfy(v -> assertThat(v.message()).contains(ALERT_ID));
        assertThat(rejected.violations()).anySatisfy(v -> assertThat(v.message())
                .contains("after the positive result sampled on " + SAMPLED_ON));
    }

    @Test
    void issuePrescription_isRejectedWithR8Only_whenANegativeRetestFollowsButTheAlertIsStillOpen() {
        given(eligible().and(positiveTestRecorded()).and(negativePregnancyTest(ISSUED_ON.minusDays(1))))
                .when(rx().command())
                .thenRejected(Rejection.RULE_VIOLATION, "R8");
    }

    @ParameterizedTest
    @EnumSource(Profile.class)
    void issuePrescription_isRejectedWithR4_whenTheAlertIsResolvedButNoNegativeTestFollowsThePositive(Profile profile) {
        // The older negative test in the window does not count: it was sampled before the positive one.
        var resolution = given(eligible().and(positiveTestRecorded()))
                .when(new ResolveAlert(PATIENT, ALERT_ID, CLINICIAN, "referred to obstetrics", ISSUED_ON))
                .thenAccepted();

        given(eligible().and(positiveTestRecorded()).and(resolution))
                .under(profile)
                .when(rx().command())
                .thenRejected(Rejection.RULE_VIOLATION, "R4");
    }

    @ParameterizedTest
    @EnumSource(Profile.class)
    void issuePrescription_passesR4_onceAClinicianResolvedThePositiveTestsAlert(Profile profile) {
        var resolution = given(eligible().and(positiveTestRecorded()))
                .when(new ResolveAlert(
                        PATIENT, ALERT_ID, CLINICIAN, "false positive; serum retest negative", ISSUED_ON.minusDays(1)))
                .thenAccepted();

        given(eligible().and(positiveTestRecorded()).and(resolution).and(negativePregnancyTest(ISSUED_ON.minusDays(1))))
                .under(profile)
                .when(rx().command())
                .thenAccepted();
    }

    @Test
    void recordPregnancyTest_isRejectedAsPatientNotFound_whenThePatientIsNotEnrolled() {
        given().when(POSITIVE).thenRejected(Rejection.PATIENT_NOT_FOUND);
    }

    private static List<Event> positiveTestRecorded() {
        return given(eligible()).when(POSITIVE).thenAccepted();
    }
}
