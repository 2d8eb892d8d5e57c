package io.isoledger.eventlog;

import io.isoledger.domain.Event;
import io.isoledger.domain.Event.BloodTestRecorded;
import io.isoledger.domain.Event.PatientEnrolled;
import io.isoledger.domain.Event.PrescriptionIssued;
import io.isoledger.domain.Event.SideEffectReported;

/** The public event contract: each event's CloudEvents type. A new shape is a new version. */
public final class EventTypes {

    public static final WireTypes<Event> ALL = new WireTypes<>(
            Event.class,
            new WireType<>("PatientEnrolled", 1, PatientEnrolled.class),
            new WireType<>("BloodTestRecorded", 1, BloodTestRecorded.class),
            new WireType<>("PrescriptionIssued", 1, PrescriptionIssued.class),
            new WireType<>("SideEffectReported", 1, SideEffectReported.class));

    private EventTypes() {}
}
