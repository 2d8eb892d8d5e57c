package io.isoledger.fhir;

import static io.isoledger.projection.EventHandlers.on;

import io.isoledger.domain.event.PrescriptionExpired;
import io.isoledger.domain.event.PrescriptionIssued;
import io.isoledger.domain.event.SafetyAlertResolved;
import io.isoledger.history.PatientEvents.Recorded;
import io.isoledger.projection.EventHandlers;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The events one event's resource depends on, found by id: the prescription a dispensing hands over,
 * and what later events say about an earlier resource: the event that resolved each alert, and the
 * one that expired each prescription undispensed (R22). A resource is written once, with its status
 * as of the last event. Which event types it indexes is decided for each type ({@link EventHandlers}).
 */
record EventIndex(
        Map<String, PrescriptionIssued> prescriptions,
        Map<String, Recorded> resolutionsByAlert,
        Map<String, Recorded> expiriesByPrescription) {

    private static final EventHandlers<Indexing> INDEXED = EventHandlers.<Indexing>reading(
            on(PrescriptionIssued.class, (e, at) -> at.prescriptions().put(e.prescriptionId(), e)),
            on(SafetyAlertResolved.class, (e, at) -> at.resolutions().put(e.alertId(), at.recorded())),
            on(PrescriptionExpired.class, (e, at) -> at.expiries().put(e.prescriptionId(), at.recorded())));

    static EventIndex of(List<Recorded> events) {
        Indexing indexing = new Indexing(new HashMap<>(), new HashMap<>(), new HashMap<>(), null);
        for (Recorded recorded : events) {
            INDEXED.handle(recorded.event(), indexing.at(recorded));
        }
        return new EventIndex(
                Map.copyOf(indexing.prescriptions()),
                Map.copyOf(indexing.resolutions()),
                Map.copyOf(indexing.expiries()));
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

    /** The index as it is being built, and the event being indexed. */
    private record Indexing(
            Map<String, PrescriptionIssued> prescriptions,
            Map<String, Recorded> resolutions,
            Map<String, Recorded> expiries,
            Recorded recorded) {

        Indexing at(Recorded next) {
            return new Indexing(prescriptions, resolutions, expiries, next);
        }
    }
}
