package io.isoledger.domain.event;

import java.util.Map;
import java.util.function.BiFunction;

/**
 * Which {@link Event.Visitor} method takes each {@link Event} type: the one place an event meets its method
 * (Java 17 has no switch over a sealed type). A new type is a compile error in every {@code Visitor}
 * until it has a method, and {@code EventRoutesTest} fails until it has its entry here.
 */
final class EventRoutes {

    private interface Route {
        Object call(Event.Visitor<?> visitor, Event value);
    }

    private static final Map<Class<?>, Route> ROUTES = Map.ofEntries(
            entry(PatientEnrolled.class, Event.Visitor::patientEnrolled),
            entry(BloodTestRecorded.class, Event.Visitor::bloodTestRecorded),
            entry(PrescriptionIssued.class, Event.Visitor::prescriptionIssued),
            entry(SideEffectReported.class, Event.Visitor::sideEffectReported),
            entry(ReproductiveStatusDeclared.class, Event.Visitor::reproductiveStatusDeclared),
            entry(PregnancyTestRecorded.class, Event.Visitor::pregnancyTestRecorded),
            entry(ContraceptionConfirmed.class, Event.Visitor::contraceptionConfirmed),
            entry(ConcomitantMedicationRecorded.class, Event.Visitor::concomitantMedicationRecorded),
            entry(ProcedureScheduled.class, Event.Visitor::procedureScheduled),
            entry(TreatmentEnded.class, Event.Visitor::treatmentEnded),
            entry(SafetyAlertRaised.class, Event.Visitor::safetyAlertRaised),
            entry(SafetyAlertResolved.class, Event.Visitor::safetyAlertResolved),
            entry(WeightRecorded.class, Event.Visitor::weightRecorded),
            entry(ContraceptionStopped.class, Event.Visitor::contraceptionStopped),
            entry(ContraceptionFailureReported.class, Event.Visitor::contraceptionFailureReported),
            entry(ReproductivePotentialChanged.class, Event.Visitor::reproductivePotentialChanged),
            entry(PrescriptionDispensed.class, Event.Visitor::prescriptionDispensed),
            entry(PrescriptionExpired.class, Event.Visitor::prescriptionExpired));

    private EventRoutes() {}

    private static <T extends Event> Map.Entry<Class<?>, Route> entry(
            Class<T> type, BiFunction<Event.Visitor<?>, T, ?> method) {
        return Map.entry(type, (visitor, value) -> method.apply(visitor, type.cast(value)));
    }

    @SuppressWarnings("unchecked")
    static <R> R route(Event value, Event.Visitor<R> visitor) {
        return (R) ROUTES.get(value.getClass()).call(visitor, value);
    }
}
