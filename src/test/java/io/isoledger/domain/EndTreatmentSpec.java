package io.isoledger.domain;

import static io.isoledger.domain.DeciderScenario.given;
import static io.isoledger.domain.Fixtures.ISSUED_ON;
import static io.isoledger.domain.Fixtures.PATIENT;
import static io.isoledger.domain.Fixtures.eligible;
import static io.isoledger.domain.Fixtures.ended;
import static io.isoledger.domain.Fixtures.rx;

import io.isoledger.domain.Decision.Rejection;
import io.isoledger.domain.Policy.Profile;
import io.isoledger.domain.command.EndTreatment;
import io.isoledger.domain.event.TreatmentEnded;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * R13: TreatmentEnded fixes the restriction dates, each endedOn + the policy's days: contraception
 * until +90 under jp-clinic (every patient), +30 under us-ipledge and eu-ppp (only patients who can
 * become pregnant); blood donation from +30 and cosmetic procedures from +180 everywhere.
 */
class EndTreatmentSpec {

    /** A course of one 30-day supply from ISSUED_ON, ended early on its 20th day. */
    private static final PatientHistory IN_TREATMENT = eligible().and(rx().issued());

    private static final LocalDate ENDED_ON = ISSUED_ON.plusDays(19);
    /** The clinic's date the end is recorded on, some days after it. */
    private static final LocalDate TODAY = ENDED_ON.plusDays(3);

    @ParameterizedTest
    @ValueSource(booleans = {true, false})
    void endTreatment_setsR13DatesAt90And30And180Days_forEveryPatient_underJpClinic(boolean canBecomePregnant) {
        given(canBecomePregnant ? IN_TREATMENT : IN_TREATMENT.whoCannotBecomePregnant())
                .under(Profile.JP_CLINIC)
                .when(end(ENDED_ON))
                .then(new TreatmentEnded(
                        PATIENT,
                        ENDED_ON,
                        TreatmentEndReason.COMPLETED,
                        ENDED_ON.plusDays(90),
                        ENDED_ON.plusDays(30),
                        ENDED_ON.plusDays(180)));
    }

    @ParameterizedTest
    @EnumSource(
            value = Profile.class,
            names = {"US_IPLEDGE", "EU_PPP"})
    void endTreatment_setsR13DatesAt30And30And180Days_forAPatientWhoCanBecomePregnant_underUsIpledgeAndEuPpp(
            Profile profile) {
        given(IN_TREATMENT)
                .under(profile)
                .when(end(ENDED_ON))
                .then(new TreatmentEnded(
                        PATIENT,
                        ENDED_ON,
                        TreatmentEndReason.COMPLETED,
                        ENDED_ON.plusDays(30),
                        ENDED_ON.plusDays(30),
                        ENDED_ON.plusDays(180)));
    }

    @ParameterizedTest
    @EnumSource(
            value = Profile.class,
            names = {"US_IPLEDGE", "EU_PPP"})
    void endTreatment_setsNoR13ContraceptionDate_forAPatientWhoCannotBecomePregnant_underUsIpledgeAndEuPpp(
            Profile profile) {
        given(IN_TREATMENT.whoCannotBecomePregnant())
                .under(profile)
                .when(end(ENDED_ON))
                .then(new TreatmentEnded(
                        PATIENT,
                        ENDED_ON,
                        TreatmentEndReason.COMPLETED,
                        null,
                        ENDED_ON.plusDays(30),
                        ENDED_ON.plusDays(180)));
    }

    @Test
    void endTreatment_countsR13DatesFromTheDayItEnded_notFromTheEndOfTheSupply() {
        LocalDate sameDayItStarted = ISSUED_ON;
        given(IN_TREATMENT)
                .when(new EndTreatment(PATIENT, sameDayItStarted, TreatmentEndReason.DISCONTINUED_SIDE_EFFECTS, TODAY))
                .then(new TreatmentEnded(
                        PATIENT,
                        sameDayItStarted,
                        TreatmentEndReason.DISCONTINUED_SIDE_EFFECTS,
                        sameDayItStarted.plusDays(90),
                        sameDayItStarted.plusDays(30),
                        sameDayItStarted.plusDays(180)));
    }

    @Test
    void endTreatment_isRejectedAsInvalidState_whenNoCourseWasStarted() {
        given(eligible()).when(end(ENDED_ON)).thenRejected(Rejection.INVALID_STATE);
    }

    @Test
    void endTreatment_isRejectedAsInvalidState_whenTheCourseHasAlreadyEnded() {
        given(IN_TREATMENT.and(ended(ENDED_ON))).when(end(ENDED_ON.plusDays(1))).thenRejected(Rejection.INVALID_STATE);
    }

    @Test
    void endTreatment_isRejectedWithR21_whenItWouldEndBeforeTheCourseStarted() {
        given(IN_TREATMENT).when(end(ISSUED_ON.minusDays(1))).thenRejected(Rejection.RULE_VIOLATION, "R21");
    }

    @Test
    void endTreatment_isRejectedAsPatientNotFound_whenThePatientIsNotEnrolled() {
        given().when(end(ENDED_ON)).thenRejected(Rejection.PATIENT_NOT_FOUND);
    }

    private static EndTreatment end(LocalDate on) {
        return new EndTreatment(PATIENT, on, TreatmentEndReason.COMPLETED, TODAY);
    }
}
