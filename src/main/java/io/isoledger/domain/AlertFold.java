package io.isoledger.domain;

import io.isoledger.domain.PatientState.Alert;
import io.isoledger.domain.event.SafetyAlertRaised;
import io.isoledger.domain.event.SafetyAlertResolved;

/**
 * How safety alerts change the state: raised open, closed when a clinician resolves them; the open
 * blocking ones stop prescriptions (R8). Raised by {@link Alerts}, resolved by {@link
 * CourseDecisions}; dispatched here by the {@link Evolver}.
 */
final class AlertFold {

    private AlertFold() {}

    static void safetyAlertRaised(StateChange s, SafetyAlertRaised e) {
        s.alerts.add(new Alert(e.alertId(), e.rule(), e.blocking(), true));
    }

    static void safetyAlertResolved(StateChange s, SafetyAlertResolved e) {
        s.alerts.replaceAll(
                a -> a.alertId().equals(e.alertId()) ? new Alert(a.alertId(), a.rule(), a.blocking(), false) : a);
    }
}
