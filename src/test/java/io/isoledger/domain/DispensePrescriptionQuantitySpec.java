package io.isoledger.domain;

import static io.isoledger.domain.DeciderScenario.given;
import static io.isoledger.domain.DeciderScenario.recorded;
import static io.isoledger.domain.Fixtures.ISSUED_ON;
import static io.isoledger.domain.Fixtures.PATIENT;
import static io.isoledger.domain.Fixtures.PHARMACY;
import static io.isoledger.domain.Fixtures.alert;
import static io.isoledger.domain.Fixtures.eligible;
import static io.isoledger.domain.Fixtures.rx;
import static org.assertj.core.api.Assertions.assertThat;

import io.isoledger.domain.Decision.Rejection;
import io.isoledger.domain.Policy.Profile;
import io.isoledger.domain.event.PrescriptionDispensed;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * R23: no more capsules are dispensed than prescribed ({@link Fixtures#rx()}: 2 a day for 30 days, 60);
 * a rejection lists every rule broken on the day, sorted by id.
 */
class DispensePrescriptionQuantitySpec {

    @Test
    void dispensePrescription_isRejectedWithR23_forOneCapsuleMoreThanPrescribed() {
        var rejected = given(issued(Profile.JP_CLINIC))
                .when(rx().dispense(ISSUED_ON, 61))
                .thenRejected(Rejection.RULE_VIOLATION, "R23");

        assertThat(rejected.violations().get(0).message()).contains("61", "60");
    }

    @Test
    void dispensePrescription_passesR23_forExactlyThePrescribedCapsules_orFewer() {
        given(issued(Profile.JP_CLINIC)).when(rx().dispense(ISSUED_ON, 60)).thenAccepted();
        given(issued(Profile.JP_CLINIC))
                .when(rx().dispense(ISSUED_ON, 28))
                .then(new PrescriptionDispensed(PATIENT, "rx-1", ISSUED_ON, PHARMACY, 28));
    }

    @ParameterizedTest
    @EnumSource(Profile.class)
    void dispensePrescription_listsEveryBrokenRuleSortedById(Profile profile) {
        // 36 days after the test: too old for R4 and past every window; an open alert; one capsule too many.
        var rejected = given(issued(profile).and(alert("AL-90", "R10", true)))
                .under(profile)
                .when(rx().dispense(ISSUED_ON.plusDays(31), 61))
                .thenRejected(Rejection.RULE_VIOLATION, "R4", "R8", "R22", "R23");

        assertThat(rejected.violations()).hasSize(4);
    }

    private static PatientHistory issued(Profile profile) {
        return recorded(eligible(), profile, rx().command());
    }
}
