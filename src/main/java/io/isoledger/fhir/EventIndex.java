package io.isoledger.fhir;

import io.isoledger.domain.event.PrescriptionExpired;
import io.isoledger.domain.event.PrescriptionIssued;
import io.isoledger.domain.event.SafetyAlertResolved;
import io.isoledger.history.PatientEvents.Recorded;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The events one event's resource depends on, found by id: the prescription a dispensing hands over,
 * and what later events say about an earlier resource: the event that resolved each alert, and the
 * one that expired each prescription undispensed (R22). A resource is written once, with its status
 * as of the last event.
 */
record EventIndex(
        Map<String, PrescriptionIssued> prescriptions,
        Map<String, Recorded> resolutionsByAlert,
        Map<String, Recorded> expiriesByPrescription) {

    static EventIndex of(List<Recorded> events) {
        Map<String, PrescriptionIssued> prescriptions = new HashMap<>();
        Map<String, Recorded> resolutions = new HashMap<>();
        Map<String, Recorded> expiries = new HashMap<>();
        for (Recorded recorded : events) {
            if (recorded.event() instanceof PrescriptionIssued issued) {
                prescriptions.put(issued.prescriptionId(), issued);
            } else if (recorded.event() instanceof SafetyAlertResolved resolved) {
                resolutions.put(resolved.alertId(), recorded);
            } else if (recorded.event() instanceof PrescriptionExpired expired) {
                expiries.put(expired.prescriptionId(), recorded);
            }
        }
        return new EventIndex(Map.copyOf(prescriptions), Map.copyOf(resolutions), Map.copyOf(expiries));
    }

    /** The prescription of that id; every dispensing follows its prescription in the stream. */
    PrescriptionIssued prescription(String prescriptionId) {
        PrescriptionIssued issued = prescriptions.get(prescriptionId);
        if (issued == null) {
            throw new IllegalStateException("No prescription " + prescriptionId + " in the patient's events");
        }
        return issued;
    }

    /** The event that resolved the alert, or null while it is open. */
    Recorded resolutionOf(String alertId) {
        return resolutionsByAlert.get(alertId);
    }

    /** The event that expired the prescription, or null if it did not expire. */
    Recorded expiryOf(String prescriptionId) {
        return expiriesByPrescription.get(prescriptionId);
    }
}
