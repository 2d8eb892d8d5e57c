package io.isoledger.domain;

import static io.isoledger.domain.DeciderScenario.given;
import static io.isoledger.domain.DeciderScenario.recorded;
import static io.isoledger.domain.Fixtures.ISSUED_ON;
import static io.isoledger.domain.Fixtures.PATIENT;
import static io.isoledger.domain.Fixtures.eligible;
import static io.isoledger.domain.Fixtures.ended;
import static io.isoledger.domain.Fixtures.rx;

import io.isoledger.domain.Decision.Rejection;
import io.isoledger.domain.Policy.Profile;
import io.isoledger.domain.command.ExpireSupplies;
import org.junit.jupiter.api.Test;

/**
 * Which prescriptions can be dispensed at all: an unknown one is NOT_FOUND, one already handed over
 * ALREADY_EXISTS, one of an ended course INVALID_STATE; an expired one only breaks R22.
 */
class DispensePrescriptionStateSpec {

    /** 30 days issued 100 days before ISSUED_ON, still waiting at the pharmacy, its course ended. */
    private static final Rx OLD = rx().id("rx-0").issuedOn(ISSUED_ON.minusDays(100));

    @Test
    void dispensePrescription_isNotFound_forAPrescriptionNeverIssued() {
        given(recorded(eligible(), Profile.JP_CLINIC, rx().command()))
                .when(rx().id("rx-unknown").dispense(ISSUED_ON))
                .thenRejected(Rejection.NOT_FOUND);
    }

    @Test
    void dispensePrescription_isNotFound_forAPatientWithoutPrescriptions() {
        given(eligible()).when(rx().dispense(ISSUED_ON)).thenRejected(Rejection.NOT_FOUND);
    }

    @Test
    void dispensePrescription_isPatientNotFound_forAPatientNeverEnrolled() {
        given().when(rx().dispense(ISSUED_ON)).thenRejected(Rejection.PATIENT_NOT_FOUND);
    }

    @Test
    void dispensePrescription_isAlreadyExists_forASupplyDispensedBefore() {
        given(recorded(eligible(), Profile.JP_CLINIC, rx().command()).and(rx().dispensed(ISSUED_ON)))
                .when(rx().dispense(ISSUED_ON.plusDays(1), 1))
                .thenRejected(Rejection.ALREADY_EXISTS);
    }

    @Test
    void dispensePrescription_isAlreadyExists_forASupplyIssuedBeforeDispensingWasRecorded() {
        // No dispenseBy on the event: taken as handed over.
        given(eligible().and(rx().issued())).when(rx().dispense(ISSUED_ON)).thenRejected(Rejection.ALREADY_EXISTS);
    }

    @Test
    void dispensePrescription_isInvalidState_forASupplyOfAnEndedCourse_onceANewCourseStarted() {
        var history = eligible()
                .and(
                        OLD.issued(OLD.issuedOn().plusDays(7)),
                        ended(OLD.issuedOn().plusDays(5)),
                        rx().issued());
        given(history).when(OLD.dispense(OLD.issuedOn().plusDays(6))).thenRejected(Rejection.INVALID_STATE);
    }

    @Test
    void dispensePrescription_isInvalidState_forASupplyOfACourseThatLapsed() {
        // The old supply ran out 70 days before the new start (R20: more than 60): a new course.
        var lapsed =
                recorded(eligible().and(OLD.issued(OLD.issuedOn().plusDays(7))), Profile.JP_CLINIC, rx().command());
        given(lapsed).when(OLD.dispense(OLD.issuedOn().plusDays(6))).thenRejected(Rejection.INVALID_STATE);
    }

    @Test
    void dispensePrescription_isInvalidState_forASupplyOfACourseThatEnded_beforeAnyNewCourse() {
        var history = recorded(eligible(), Profile.JP_CLINIC, rx().command()).and(ended(ISSUED_ON.plusDays(1)));
        given(history).when(rx().dispense(ISSUED_ON.plusDays(2))).thenRejected(Rejection.INVALID_STATE);
    }

    @Test
    void dispensePrescription_isRejectedWithR22_forAnExpiredSupply() {
        var history = recorded(
                eligible(), Profile.JP_CLINIC, rx().command(), new ExpireSupplies(PATIENT, ISSUED_ON.plusDays(8)));
        given(history).when(rx().dispense(ISSUED_ON.plusDays(8))).thenRejected(Rejection.RULE_VIOLATION, "R22");
    }
}
