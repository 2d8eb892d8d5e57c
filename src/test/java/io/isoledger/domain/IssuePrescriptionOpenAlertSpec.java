package io.isoledger.domain;

import static io.isoledger.domain.DeciderScenario.given;
import static io.isoledger.domain.Fixtures.FRESH;
import static io.isoledger.domain.Fixtures.PATIENT;
import static io.isoledger.domain.Fixtures.alert;
import static io.isoledger.domain.Fixtures.eligible;
import static io.isoledger.domain.Fixtures.resolved;
import static io.isoledger.domain.Fixtures.rx;
import static org.assertj.core.api.Assertions.assertThat;

import io.isoledger.domain.Decision.Rejection;
import io.isoledger.domain.Policy.Profile;
import io.isoledger.domain.command.RecordBloodTest;
import io.isoledger.domain.event.Event;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** R8: an open blocking safety alert stops prescriptions until a clinician resolves it; a warning never does. */
class IssuePrescriptionOpenAlertSpec {

    @ParameterizedTest
    @EnumSource(Profile.class)
    void issuePrescription_isRejectedWithR8_whenABlockingAlertIsOpen(Profile profile) {
        var rejected = given(eligible().and(alert("AL-9", "R10", true)))
                .under(profile)
                .when(rx().command())
                .thenRejected(Rejection.RULE_VIOLATION, "R8");

        assertThat(rejected.violations()).singleElement().satisfies(v -> assertThat(v.message())
                .contains("AL-9", "R10"));
    }

    @ParameterizedTest
    @EnumSource(Profile.class)
    void issuePrescription_passesR8_whenTheBlockingAlertWasResolved(Profile profile) {
        given(eligible().and(alert("AL-9", "R10", true), resolved("AL-9")))
                .under(profile)
                .when(rx().command())
                .thenAccepted();
    }

    @Test
    void issuePrescription_isRejectedWithR8_onceForEachOpenBlockingAlert() {
        var rejected = given(eligible().and(alert("AL-9", "R9", true), alert("AL-10", "R10", true)))
                .when(rx().command())
                .thenRejected(Rejection.RULE_VIOLATION, "R8");

        assertThat(rejected.violations()).hasSize(2);
    }

    @Test
    void issuePrescription_isRejectedWithR8_whenOnlyOneOfTwoBlockingAlertsWasResolved() {
        var rejected = given(eligible().and(alert("AL-9", "R9", true), alert("AL-10", "R10", true), resolved("AL-9")))
                .when(rx().command())
                .thenRejected(Rejection.RULE_VIOLATION, "R8");

        assertThat(rejected.violations()).singleElement().satisfies(v -> assertThat(v.message())
                .contains("AL-10"));
    }

    @Test
    void issuePrescription_passesR8_whenTheOpenAlertIsNotBlocking() {
        given(eligible().and(alert("AL-9", "R9", false))).when(rx().command()).thenAccepted();
    }

    @Test
    void issuePrescription_passesR8_whenTriglyceridesOf650RaisedOnlyAWarning() {
        given(eligible().and(bloodTestWithTriglycerides("650")))
                .when(rx().command())
                .thenAccepted();
    }

    @Test
    void issuePrescription_isRejectedWithR8_whenTriglyceridesOf900RaisedABlockingAlert() {
        given(eligible().and(bloodTestWithTriglycerides("900")))
                .when(rx().command())
                .thenRejected(Rejection.RULE_VIOLATION, "R8");
    }

    /** The events RecordBloodTest appends for the eligible patient: the test and its R9 alert. */
    private static List<Event> bloodTestWithTriglycerides(String mgPerDl) {
        var results = List.of(
                LabResult.inStandardUnit(Analyte.ALT, new BigDecimal("21"), new BigDecimal("40")),
                LabResult.inStandardUnit(Analyte.TRIGLYCERIDES, new BigDecimal(mgPerDl), null));
        return given(eligible())
                .when(new RecordBloodTest(PATIENT, FRESH, true, results))
                .thenAccepted();
    }
}
