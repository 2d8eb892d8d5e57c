package io.isoledger.domain;

import static io.isoledger.domain.DeciderScenario.given;
import static io.isoledger.domain.DeciderScenario.recorded;
import static io.isoledger.domain.Fixtures.FRESH;
import static io.isoledger.domain.Fixtures.ISSUED_ON;
import static io.isoledger.domain.Fixtures.PATIENT;
import static io.isoledger.domain.Fixtures.eligible;
import static io.isoledger.domain.Fixtures.rx;

import io.isoledger.domain.Policy.Profile;
import io.isoledger.domain.command.ExpireSupplies;
import io.isoledger.domain.event.PrescriptionExpired;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * R22: ExpireSupplies records the expiry of every supply still waiting at the pharmacy after its
 * dispenseBy, dated the day after it; a supply dispensed, already expired, or still in its window is
 * left alone, so the command can be sent again and again.
 */
class ExpireSuppliesSpec {

    private static final LocalDate DISPENSE_BY = ISSUED_ON.plusDays(7);

    @Test
    void expireSupplies_appendsNothing_onTheLastDayOfTheWindow() {
        given(issued()).when(expire(DISPENSE_BY)).then();
    }

    @Test
    void expireSupplies_expiresThePendingSupply_theDayAfterItsWindow() {
        given(issued()).when(expire(DISPENSE_BY.plusDays(1))).then(expired("rx-1", DISPENSE_BY.plusDays(1)));
    }

    @Test
    void expireSupplies_datesTheExpiryTheDayAfterTheWindow_howeverLateItRuns() {
        given(issued()).when(expire(DISPENSE_BY.plusDays(40))).then(expired("rx-1", DISPENSE_BY.plusDays(1)));
    }

    @Test
    void expireSupplies_datesTheExpiryFromThePregnancyTest_underUsIpledge() {
        var history = recorded(eligible(), Profile.US_IPLEDGE, rx().command());
        given(history)
                .under(Profile.US_IPLEDGE)
                .when(expire(ISSUED_ON.plusDays(3)))
                .then(expired("rx-1", FRESH.plusDays(8)));
    }

    @Test
    void expireSupplies_isIdempotent_onceTheSupplyExpired() {
        var history = recorded(issued(), Profile.JP_CLINIC, expire(DISPENSE_BY.plusDays(1)));
        given(history).when(expire(DISPENSE_BY.plusDays(2))).then();
    }

    @Test
    void expireSupplies_leavesADispensedSupplyAlone() {
        given(issued().and(rx().dispensed(ISSUED_ON.plusDays(2))))
                .when(expire(DISPENSE_BY.plusDays(1)))
                .then();
    }

    @Test
    void expireSupplies_leavesASupplyIssuedBeforeDispensingWasRecordedAlone() {
        given(eligible().and(rx().issued()))
                .when(expire(ISSUED_ON.plusDays(60)))
                .then();
    }

    @Test
    void expireSupplies_expiresOnlyTheOverdueOneOfTwoPendingSupplies() {
        // The first waited in vain since ISSUED_ON - 30; the second is in its window.
        var first = rx().id("rx-0").issuedOn(ISSUED_ON.minusDays(30));
        var history = eligible().and(first.issued(ISSUED_ON.minusDays(23)), rx().issued(DISPENSE_BY));
        given(history).when(expire(ISSUED_ON.plusDays(1))).then(expired("rx-0", ISSUED_ON.minusDays(22)));
    }

    @ParameterizedTest
    @EnumSource(Profile.class)
    void expireSupplies_expiresEveryOverduePendingSupply_inTheOrderIssued(Profile profile) {
        var first = rx().id("rx-0").issuedOn(ISSUED_ON.minusDays(30));
        var history = eligible().and(first.issued(ISSUED_ON.minusDays(23)), rx().issued(DISPENSE_BY));
        given(history)
                .under(profile)
                .when(expire(DISPENSE_BY.plusDays(1)))
                .then(expired("rx-0", ISSUED_ON.minusDays(22)), expired("rx-1", DISPENSE_BY.plusDays(1)));
    }

    private static PatientHistory issued() {
        return recorded(eligible(), Profile.JP_CLINIC, rx().command());
    }

    private static ExpireSupplies expire(LocalDate today) {
        return new ExpireSupplies(PATIENT, today);
    }

    private static PrescriptionExpired expired(String prescriptionId, LocalDate expiredOn) {
        return new PrescriptionExpired(PATIENT, prescriptionId, expiredOn);
    }
}
