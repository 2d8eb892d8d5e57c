package io.isoledger.domain;

import static io.isoledger.domain.DeciderScenario.given;
import static io.isoledger.domain.DeciderScenario.recorded;
import static io.isoledger.domain.Fixtures.ISSUED_ON;
import static io.isoledger.domain.Fixtures.PATIENT;
import static io.isoledger.domain.Fixtures.eligible;
import static io.isoledger.domain.Fixtures.rx;
import static org.assertj.core.api.Assertions.assertThat;

import io.isoledger.domain.Policy.Profile;
import io.isoledger.domain.command.ChangeReproductivePotential;
import io.isoledger.domain.command.DeclareReproductiveStatus;
import io.isoledger.domain.command.ReportContraceptionFailure;
import io.isoledger.domain.event.SafetyAlertRaised;
import org.junit.jupiter.api.Test;

/**
 * R18 when the fact that puts a signal in its window arrives after the signal: a change of
 * reproductive potential widens the window (us-ipledge and eu-ppp require contraception after the
 * end only of patients who can become pregnant) or makes a failure count. Entered first, it lets
 * the signal raise its alert; entered after, nothing looks at the signal again.
 */
class LateFactSignalSpec {

    /** Enrolled unable to become pregnant; one 30-day supply from ISSUED_ON, its last day + 29. */
    private static final PatientHistory COURSE =
            eligible().whoCannotBecomePregnant().and(rx().issued());

    /** Able to become pregnant from day 20 of the course (a correction of the enrolment record). */
    private static final ChangeReproductivePotential ABLE = new ChangeReproductivePotential(
            PATIENT, true, ISSUED_ON.plusDays(20), PotentialChangeReason.CORRECTION, "dr-a");

    /** Day 35: after the last supplied day, inside the 30 days' contraception of a patient who can. */
    private static final DeclareReproductiveStatus PREGNANT =
            new DeclareReproductiveStatus(PATIENT, ReproductiveStatus.PREGNANT, ISSUED_ON.plusDays(35));

    private static final ReportContraceptionFailure FAILURE = new ReportContraceptionFailure(
            PATIENT, ISSUED_ON.plusDays(25), ContraceptionFailureKind.MISSED_PILL, "missed two");

    @Test
    void declareReproductiveStatus_raisesAnR18Alert_whenThePotentialChangeWasEnteredFirst_underUsIpledge() {
        var history = recorded(COURSE, Profile.US_IPLEDGE, ABLE);
        assertThat(given(history).under(Profile.US_IPLEDGE).when(PREGNANT).thenAlerts())
                .extracting(SafetyAlertRaised::rule)
                .containsExactly("R18");
    }

    @Test
    void changeReproductivePotential_raisesTheR18AlertOfAPregnancyAlreadyDeclaredInTheWidenedWindow_underUsIpledge() {
        var history = recorded(COURSE, Profile.US_IPLEDGE, PREGNANT);
        assertThat(history.later()).hasSize(2); // the prescription and the declaration: no alert then

        assertThat(given(history).under(Profile.US_IPLEDGE).when(ABLE).thenAlerts())
                .extracting(SafetyAlertRaised::rule)
                .containsExactly("R18");
    }

    @Test
    void reportContraceptionFailure_raisesAnR18Alert_whenThePotentialChangeWasEnteredFirst() {
        var history = recorded(COURSE, Profile.JP_CLINIC, ABLE);
        assertThat(given(history).when(FAILURE).thenAlerts())
                .extracting(SafetyAlertRaised::rule)
                .containsExactly("R18");
    }

    @Test
    void changeReproductivePotential_raisesTheR18AlertOfAFailureAlreadyReportedOnADayItNowCovers() {
        var history = recorded(COURSE, Profile.JP_CLINIC, FAILURE);
        assertThat(history.later()).hasSize(2);

        assertThat(given(history).when(ABLE).thenAlerts())
                .extracting(SafetyAlertRaised::rule)
                .containsExactly("R18");
    }
}
