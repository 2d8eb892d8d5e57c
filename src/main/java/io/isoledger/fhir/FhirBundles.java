package io.isoledger.fhir;

import io.isoledger.clock.ClinicClock;
import io.isoledger.eventlog.PolicyConfig;
import io.isoledger.history.PatientEvents;
import io.isoledger.history.PatientEvents.Recorded;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.Date;
import java.util.List;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.Bundle.BundleType;
import org.hl7.fhir.r4.model.Resource;

/**
 * A patient's record as a FHIR R4 {@code Bundle} of type collection, built from the patient's events
 * (the source of truth): the {@code Patient}, then the resources of each event in stream order, then
 * the courses. Each entry's fullUrl is a name-based UUID of its type and id, as stable as the id, and
 * references point at it.
 */
@ApplicationScoped
public class FhirBundles {

    @Inject
    ClinicClock clock;

    @Inject
    PolicyConfig policy;

    public Bundle of(String patientId) {
        List<Recorded> events = PatientEvents.recordedOf(patientId);
        Courses courses = Courses.of(patientId, events, policy.toPolicy());
        EventIndex index = EventIndex.of(events);
        LocalDate today = clock.today();
        Bundle bundle = new Bundle().setType(BundleType.COLLECTION);
        bundle.setTimestamp(Date.from(clock.now()));
        if (!events.isEmpty()) {
            bundle.getMeta()
                    .setLastUpdated(Date.from(events.get(events.size() - 1).time()));
        }
        for (Recorded recorded : events) {
            recorded.event()
                    .accept(new FhirEntries(recorded, courses, index, today))
                    .forEach(resource -> add(bundle, resource));
        }
        courses.all().forEach(course -> add(bundle, FhirEpisodesOfCare.of(patientId, course)));
        return bundle;
    }

    private static void add(Bundle bundle, Resource resource) {
        bundle.addEntry()
                .setFullUrl(FhirIds.fullUrl(
                        resource.fhirType(), resource.getIdElement().getIdPart()))
                .setResource(resource);
    }
}
