package io.isoledger.domain;

import static io.isoledger.domain.DeciderScenario.given;
import static io.isoledger.domain.Fixtures.FRESH;
import static io.isoledger.domain.Fixtures.ISSUED_ON;
import static io.isoledger.domain.Fixtures.PATIENT;
import static io.isoledger.domain.Fixtures.PRESCRIBER;
import static io.isoledger.domain.Fixtures.eligible;
import static io.isoledger.domain.Fixtures.rx;
import static io.isoledger.domain.PregnancyPreventionFixtures.negativePregnancyTest;
import static io.isoledger.domain.PregnancyPreventionFixtures.potentialChanged;
import static org.assertj.core.api.Assertions.assertThat;

import io.isoledger.domain.Policy.Profile;
import io.isoledger.domain.event.PrescriptionIssued;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * R22: PrescriptionIssued carries the last day it may be dispensed. jp-clinic and eu-ppp: the issue
 * plus 7 days. us-ipledge: for a patient who can become pregnant on the start, the latest negative
 * pregnancy test sampled on or before the issue plus 7; for the others the issue plus 30.
 */
class IssuePrescriptionDispenseBySpec {

    @Test
    void issuePrescription_recordsTheDispensingDeadline_onTheEvent() {
        given(eligible())
                .when(rx().command())
                .then(new PrescriptionIssued(
                        PATIENT,
                        "rx-1",
                        20,
                        2,
                        40,
                        30,
                        1200,
                        ISSUED_ON,
                        ISSUED_ON.plusDays(29),
                        ISSUED_ON,
                        PRESCRIBER,
                        ISSUED_ON.plusDays(7)));
    }

    @ParameterizedTest
    @EnumSource(
            value = Profile.class,
            names = {"JP_CLINIC", "EU_PPP"})
    void issuePrescription_setsDispenseBy7DaysAfterTheIssue_whateverThePatient(Profile profile) {
        assertThat(dispenseBy(eligible(), profile, rx())).isEqualTo(ISSUED_ON.plusDays(7));
        assertThat(dispenseBy(eligible().whoCannotBecomePregnant(), profile, rx()))
                .isEqualTo(ISSUED_ON.plusDays(7));
    }

    @ParameterizedTest
    @EnumSource(
            value = Profile.class,
            names = {"JP_CLINIC", "EU_PPP"})
    void issuePrescription_countsDispenseByFromTheIssue_notFromALaterStart(Profile profile) {
        var history = eligible().withoutPregnancyTest().and(negativePregnancyTest(ISSUED_ON));
        assertThat(dispenseBy(history, profile, rx().startsOn(ISSUED_ON.plusDays(5))))
                .isEqualTo(ISSUED_ON.plusDays(7));
    }

    @Test
    void issuePrescription_setsDispenseBy7DaysAfterThePregnancyTest_underUsIpledge() {
        assertThat(dispenseBy(eligible(), Profile.US_IPLEDGE, rx())).isEqualTo(FRESH.plusDays(7));
    }

    @Test
    void issuePrescription_countsFromTheLatestNegativeTest_underUsIpledge() {
        var history = eligible().and(negativePregnancyTest(ISSUED_ON.minusDays(1)), negativePregnancyTest(ISSUED_ON));
        assertThat(dispenseBy(history, Profile.US_IPLEDGE, rx())).isEqualTo(ISSUED_ON.plusDays(7));
    }

    @Test
    void issuePrescription_countsFromATestOfTheIssueDay_whenTheSupplyStarts7DaysLater_underUsIpledge() {
        var history = eligible().and(negativePregnancyTest(ISSUED_ON));
        assertThat(dispenseBy(history, Profile.US_IPLEDGE, rx().startsOn(ISSUED_ON.plusDays(7))))
                .isEqualTo(ISSUED_ON.plusDays(7));
    }

    @Test
    void issuePrescription_setsDispenseBy30DaysAfterTheIssue_forAPatientWhoCannotBecomePregnant_underUsIpledge() {
        assertThat(dispenseBy(eligible().whoCannotBecomePregnant(), Profile.US_IPLEDGE, rx()))
                .isEqualTo(ISSUED_ON.plusDays(30));
    }

    @Test
    void issuePrescription_setsDispenseBy30DaysAfterTheIssue_whenThePatientCanNoLongerBecomePregnant_underUsIpledge() {
        // A negative test is on record, but from FRESH the patient cannot become pregnant.
        var history = eligible().and(potentialChanged(false, FRESH));
        assertThat(dispenseBy(history, Profile.US_IPLEDGE, rx())).isEqualTo(ISSUED_ON.plusDays(30));
    }

    @Test
    void issuePrescription_countsFromThePregnancyTest_whenThePatientBecameAbleToBecomePregnant_underUsIpledge() {
        var history = eligible()
                .whoCannotBecomePregnant()
                .and(potentialChanged(true, FRESH.minusDays(1)))
                .and(negativePregnancyTest(ISSUED_ON.minusDays(2)));
        assertThat(dispenseBy(history, Profile.US_IPLEDGE, rx())).isEqualTo(ISSUED_ON.plusDays(5));
    }

    private static LocalDate dispenseBy(PatientHistory history, Profile profile, Rx prescription) {
        return given(history).under(profile).when(prescription.command()).thenAccepted().stream()
                .filter(PrescriptionIssued.class::isInstance)
                .map(e -> ((PrescriptionIssued) e).dispenseBy())
                .findFirst()
                .orElseThrow();
    }
}
