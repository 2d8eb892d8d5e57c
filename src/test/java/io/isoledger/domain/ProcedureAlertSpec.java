package io.isoledger.domain;

import static io.isoledger.domain.DeciderScenario.given;
import static io.isoledger.domain.Fixtures.ISSUED_ON;
import static io.isoledger.domain.Fixtures.PATIENT;
import static io.isoledger.domain.Fixtures.bloodTest;
import static io.isoledger.domain.Fixtures.eligible;
import static io.isoledger.domain.Fixtures.rx;
import static org.assertj.core.api.Assertions.assertThat;

import io.isoledger.domain.Policy.Profile;
import io.isoledger.domain.event.PrescriptionIssued;
import io.isoledger.domain.event.ProcedureScheduled;
import io.isoledger.domain.event.SafetyAlertRaised;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * R12, checked again when a supply extends the course: a procedure still to come that was clear of
 * treatment and that the new supply brings into conflict raises a non-blocking alert after the
 * PrescriptionIssued. The prescription stands; the procedure is to be moved.
 */
class ProcedureAlertSpec {

    @ParameterizedTest
    @EnumSource(Profile.class)
    void issuePrescription_raisesANonBlockingR12Alert_forALaserThatTheFirstSupplysBanNowCovers(Profile profile) {
        // Scheduled before any treatment: clear then; the new course bans it until day 29 + 180.
        var events = given(eligible().and(scheduled("p-1", ProcedureKind.LASER, ISSUED_ON.plusDays(100))))
                .under(profile)
                .when(rx().command())
                .thenAccepted();

        assertThat(events).hasSize(2);
        assertThat(events.get(0)).isInstanceOf(PrescriptionIssued.class);
        assertThat(events.get(1)).isInstanceOfSatisfying(SafetyAlertRaised.class, a -> {
            assertThat(a.alertId()).isEqualTo("AL-7"); // 5 events, the prescription, then it
            assertThat(a.rule()).isEqualTo("R12");
            assertThat(a.blocking()).isFalse();
            assertThat(a.reason()).contains("p-1", ISSUED_ON.plusDays(209).toString());
            assertThat(a.raisedOn()).isEqualTo(ISSUED_ON);
        });
    }

    @Test
    void issuePrescription_raisesAnR12Alert_forSurgeryThatASecondSupplyNowCovers() {
        var first = rx().id("rx-0").issued();
        var surgery = scheduled("p-2", ProcedureKind.SURGERY, ISSUED_ON.plusDays(40));
        var history = eligible().and(first, surgery, bloodTest(ISSUED_ON.plusDays(20)));

        assertThat(given(history)
                        .when(rx().issuedOn(ISSUED_ON.plusDays(23)).command())
                        .thenAlerts())
                .singleElement()
                .satisfies(a -> {
                    assertThat(a.rule()).isEqualTo("R12");
                    assertThat(a.reason()).contains("SURGERY");
                });
    }

    @Test
    void issuePrescription_raisesNoAlert_forSurgeryAfterTheNewSupplysLastDay() {
        var surgery = scheduled("p-2", ProcedureKind.SURGERY, ISSUED_ON.plusDays(30));
        assertThat(given(eligible().and(surgery)).when(rx().command()).thenAlerts())
                .isEmpty();
    }

    @Test
    void issuePrescription_raisesNoAlert_forAProcedureDatedBeforeTheIssueDay() {
        var past = scheduled("p-3", ProcedureKind.WAXING, ISSUED_ON.minusDays(1));
        assertThat(given(eligible().and(past)).when(rx().command()).thenAlerts())
                .isEmpty();
    }

    @Test
    void issuePrescription_raisesNoNewAlert_forAProcedureAlreadyInConflict() {
        var first = rx().id("rx-0").issued();
        var laser = new ProcedureScheduled(
                PATIENT, "p-4", ProcedureKind.LASER, ISSUED_ON.plusDays(100), true, List.of(new Violation("R12", "x")));
        var history = eligible().and(first, laser, bloodTest(ISSUED_ON.plusDays(20)));

        assertThat(given(history)
                        .when(rx().issuedOn(ISSUED_ON.plusDays(23)).command())
                        .thenAlerts())
                .isEmpty();
    }

    @Test
    void issuePrescription_isNotBlockedByR8_byAnOpenR12Alert() {
        var withAlert = DeciderScenario.recorded(
                eligible().and(scheduled("p-1", ProcedureKind.LASER, ISSUED_ON.plusDays(100))),
                Profile.JP_CLINIC,
                rx().id("rx-0").command());
        given(withAlert.and(bloodTest(ISSUED_ON.plusDays(20))))
                .when(rx().issuedOn(ISSUED_ON.plusDays(23)).command())
                .thenAccepted();
    }

    private static ProcedureScheduled scheduled(String id, ProcedureKind kind, LocalDate on) {
        return new ProcedureScheduled(PATIENT, id, kind, on, false, List.of());
    }
}
