package io.isoledger.fhir;

import io.isoledger.domain.Reporter;
import io.isoledger.domain.event.SideEffectReported;
import io.isoledger.history.PatientEvents.Recorded;
import java.util.Date;
import org.hl7.fhir.r4.model.AdverseEvent;
import org.hl7.fhir.r4.model.AdverseEvent.AdverseEventActuality;
import org.hl7.fhir.r4.model.CodeableConcept;
import org.hl7.fhir.r4.model.Coding;

/**
 * A side effect as an {@code AdverseEvent}: the term of IsoLedger's own list (MedDRA is licensed),
 * the CTCAE grade as a coded extension and as a severity, serious from grade 3. The events carry no
 * outcome, so none is stated.
 */
final class FhirAdverseEvents {

    private FhirAdverseEvents() {}

    static AdverseEvent of(Recorded recorded, SideEffectReported e) {
        AdverseEvent event = new AdverseEvent();
        event.setId(FhirIds.adverseEvent(e.patientId(), recorded.sequence()));
        event.setActuality(AdverseEventActuality.ACTUAL);
        event.setSubject(FhirIds.patientReference(e.patientId()));
        CodeableConcept term =
                FhirCodes.concept(FhirCodes.SIDE_EFFECT_TERM, e.term().name(), FhirCodes.words(e.term()));
        event.setEvent(term.setText(
                e.notes() == null || e.notes().isBlank()
                        ? FhirCodes.words(e.term())
                        : FhirCodes.words(e.term()) + ": " + e.notes()));
        event.setDateElement(FhirCodes.dateTime(e.onsetOn()));
        event.setRecordedDate(Date.from(recorded.time()));
        if (e.reportedBy() == Reporter.PATIENT) {
            event.setRecorder(FhirIds.patientReference(e.patientId()));
        }
        event.addExtension()
                .setUrl(FhirCodes.EXT_CTCAE_GRADE)
                .setValue(new Coding(FhirCodes.CTCAE_GRADE, Integer.toString(e.grade()), "Grade " + e.grade()));
        event.setSeverity(severity(e.grade()));
        event.setSeriousness(
                e.grade() >= 3
                        ? FhirCodes.concept(FhirCodes.SERIOUSNESS, "Serious", "Serious")
                        : FhirCodes.concept(FhirCodes.SERIOUSNESS, "Non-serious", "Non-serious"));
        FhirCodes.narrative(
                event,
                event.getEvent().getText() + " (CTCAE grade " + e.grade() + (e.grade() >= 3 ? ", serious" : "")
                        + "), onset " + e.onsetOn() + ", reported by "
                        + FhirCodes.lowerWords(e.reportedBy()));
        return FhirCodes.lastUpdated(event, recorded.time());
    }

    /** CTCAE's grade 1 is mild, 2 moderate, 3 and above severe (4 life-threatening, 5 death). */
    private static CodeableConcept severity(int grade) {
        return switch (grade) {
            case 1 -> FhirCodes.concept(FhirCodes.SEVERITY, "mild", "Mild");
            case 2 -> FhirCodes.concept(FhirCodes.SEVERITY, "moderate", "Moderate");
            default -> FhirCodes.concept(FhirCodes.SEVERITY, "severe", "Severe");
        };
    }
}
