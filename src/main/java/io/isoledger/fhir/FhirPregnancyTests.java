package io.isoledger.fhir;

import io.isoledger.domain.PregnancyTestMethod;
import io.isoledger.domain.PregnancyTestResult;
import io.isoledger.domain.event.PregnancyTestRecorded;
import io.isoledger.history.PatientEvents.Recorded;
import org.hl7.fhir.r4.model.Observation;

/**
 * A pregnancy test as a laboratory {@code Observation}: LOINC's qualitative hCG in urine (2106-3) or
 * in serum or plasma (2118-8) by its method, positive or negative (SNOMED CT), POS or NEG.
 */
final class FhirPregnancyTests {

    private FhirPregnancyTests() {}

    static Observation of(Recorded recorded, PregnancyTestRecorded e) {
        Observation o = FhirObservations.laboratory(recorded, e.patientId(), 1, e.sampledOn());
        o.setCode(
                e.method() == PregnancyTestMethod.URINE
                        ? FhirCodes.concept(
                                FhirCodes.LOINC, "2106-3", "Choriogonadotropin (pregnancy test) [Presence] in Urine")
                        : FhirCodes.concept(
                                FhirCodes.LOINC,
                                "2118-8",
                                "Choriogonadotropin (pregnancy test) [Presence] in Serum or Plasma"));
        o.getCode().setText(FhirCodes.words(e.method()) + " pregnancy test");
        boolean positive = e.result() == PregnancyTestResult.POSITIVE;
        o.setValue(
                positive
                        ? FhirCodes.concept(FhirCodes.SNOMED, "10828004", "Positive")
                        : FhirCodes.concept(FhirCodes.SNOMED, "260385009", "Negative"));
        o.addInterpretation(
                positive
                        ? FhirObservations.interpretation("POS", "Positive")
                        : FhirObservations.interpretation("NEG", "Negative"));
        return FhirCodes.narrative(
                o, o.getCode().getText() + " sampled " + e.sampledOn() + ": " + (positive ? "positive" : "negative"));
    }
}
