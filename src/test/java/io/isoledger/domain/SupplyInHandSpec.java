package io.isoledger.domain;

import static io.isoledger.domain.DeciderScenario.given;
import static io.isoledger.domain.DeciderScenario.recorded;
import static io.isoledger.domain.Fixtures.ISSUED_ON;
import static io.isoledger.domain.Fixtures.PATIENT;
import static io.isoledger.domain.Fixtures.bloodTest;
import static io.isoledger.domain.Fixtures.eligible;
import static io.isoledger.domain.Fixtures.rx;
import static io.isoledger.domain.PregnancyPreventionFixtures.contraceptionStopped;
import static io.isoledger.domain.PregnancyPreventionFixtures.negativePregnancyTest;

import io.isoledger.domain.Decision.Rejection;
import io.isoledger.domain.Policy.Profile;
import io.isoledger.domain.command.ExpireSupplies;
import io.isoledger.domain.event.ContraceptionConfirmed;
import io.isoledger.domain.event.PrescriptionExpired;
import java.time.LocalDate;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * R15 and R17 count the supplies that are, or may still be, in the patient's hands on the new start:
 * dispensed ones, and pending ones still in their dispensing window (R22). A supply that expired, or
 * waits at the pharmacy past its window, counts no more.
 */
class SupplyInHandSpec {

    /** 30 days from ISSUED_ON - 22 to ISSUED_ON + 7: R15 lets the next start on ISSUED_ON + 1. */
    private static final Rx PREVIOUS = rx().id("rx-0").issuedOn(ISSUED_ON.minusDays(22));
    /** Its window under jp-clinic and eu-ppp closed on ISSUED_ON - 15. */
    private static final LocalDate PREVIOUS_DISPENSE_BY = ISSUED_ON.minusDays(15);

    @Test
    void issuePrescription_isRejectedWithR15_whenThePreviousSupplyWasDispensed() {
        given(eligible().and(PREVIOUS.issued(PREVIOUS_DISPENSE_BY), PREVIOUS.dispensed(PREVIOUS.issuedOn())))
                .when(rx().command())
                .thenRejected(Rejection.RULE_VIOLATION, "R15");
    }

    @Test
    void issuePrescription_passesR15_whenThePreviousSupplyWaitedPastItsWindowUndispensed() {
        given(eligible().and(PREVIOUS.issued(PREVIOUS_DISPENSE_BY)))
                .when(rx().command())
                .thenAccepted();
    }

    @ParameterizedTest
    @EnumSource(Profile.class)
    void issuePrescription_passesR15AndR17_whenThePreviousSupplyExpired(Profile profile) {
        var expired = new PrescriptionExpired(PATIENT, "rx-0", PREVIOUS_DISPENSE_BY.plusDays(1));
        given(eligible().and(PREVIOUS.issued(PREVIOUS_DISPENSE_BY), expired))
                .under(profile)
                .when(rx().command())
                .thenAccepted();
    }

    @Test
    void issuePrescription_isRejectedWithR15_whenThePreviousSupplyStillWaitsInItsWindowOnTheNewStart() {
        var waiting = rx().id("rx-0").issuedOn(ISSUED_ON.minusDays(3));
        given(eligible().and(waiting.issued(ISSUED_ON.plusDays(4)), bloodTest(ISSUED_ON.minusDays(1))))
                .when(rx().command())
                .thenRejected(Rejection.RULE_VIOLATION, "R15");
    }

    @Test
    void issuePrescription_isRejectedWithR15_whileAWaitingSupplyMayStillBeHandedOver_evenForAStartAfterItsWindow() {
        // On the day of the decision the waiting supply can still be dispensed, before the new start.
        var waiting = rx().id("rx-0").issuedOn(ISSUED_ON.minusDays(3));
        given(eligible().and(waiting.issued(ISSUED_ON.plusDays(4)), bloodTest(ISSUED_ON.minusDays(1))))
                .when(rx().startsOn(ISSUED_ON.plusDays(5)).command())
                .thenRejected(Rejection.RULE_VIOLATION, "R15");
    }

    @ParameterizedTest
    @EnumSource(Profile.class)
    void issuePrescription_isRejectedWithR17_whenASecondSupplyStillWaitsInItsWindow(Profile profile) {
        int max = profile.policy().maxDaysSupply();
        var second = rx().id("rx-b").daysSupply(10).issuedOn(ISSUED_ON.minusDays(3));
        given(firstOf(max).and(second.issued(ISSUED_ON.plusDays(4))))
                .under(profile)
                .when(rx().daysSupply(max).command())
                .thenRejected(Rejection.RULE_VIOLATION, "R17");
    }

    @ParameterizedTest
    @EnumSource(Profile.class)
    void issuePrescription_passesR17_whenTheSecondSupplyWaitedPastItsWindowUndispensed(Profile profile) {
        int max = profile.policy().maxDaysSupply();
        // Issued ISSUED_ON - 9 to start ISSUED_ON - 3 (10 days, to ISSUED_ON + 6); its window closed ISSUED_ON - 2.
        var second =
                rx().id("rx-b").daysSupply(10).issuedOn(ISSUED_ON.minusDays(9)).startsOn(ISSUED_ON.minusDays(3));
        given(firstOf(max).and(second.issued(ISSUED_ON.minusDays(2))))
                .under(profile)
                .when(rx().daysSupply(max).command())
                .thenAccepted();
    }

    @Test
    void issuePrescription_asksForTheFirstPrescriptionsRules_whenTheCoursesOnlySupplyExpired_underUsIpledge() {
        LocalDate later = ISSUED_ON.plusDays(200);
        var history = recorded(
                        eligible(),
                        Profile.US_IPLEDGE,
                        rx().command(),
                        new ExpireSupplies(PATIENT, ISSUED_ON.plusDays(30)))
                .and(
                        contraceptionStopped(later.minusDays(100), ContraceptionMethod.IUD, ContraceptionMethod.CONDOM),
                        new ContraceptionConfirmed(PATIENT, Set.of(ContraceptionMethod.ABSTINENCE), later, later),
                        negativePregnancyTest(later));
        given(history)
                .under(Profile.US_IPLEDGE)
                .when(rx().id("rx-2").issuedOn(later).command())
                .thenRejected(Rejection.RULE_VIOLATION, "R2", "R5");
    }

    /** A dispensed supply of {@code max} days running until ISSUED_ON + 3, and a blood test after it (R2). */
    private static PatientHistory firstOf(int max) {
        var first = rx().id("rx-a").daysSupply(max).issuedOn(ISSUED_ON.minusDays(max - 4L));
        return eligible().and(first.issued(), bloodTest(ISSUED_ON.minusDays(1)));
    }
}
