package io.isoledger.fhir;

import static io.isoledger.fhir.EventStream.D;
import static io.isoledger.fhir.EventStream.P;
import static io.isoledger.fhir.EventStream.dec;
import static org.assertj.core.api.Assertions.assertThat;

import ca.uhn.fhir.context.FhirContext;
import io.isoledger.domain.Analyte;
import io.isoledger.domain.LabResult;
import io.isoledger.domain.Reporter;
import io.isoledger.domain.SideEffectTerm;
import io.isoledger.domain.event.BloodTestRecorded;
import io.isoledger.domain.event.SideEffectReported;
import io.isoledger.history.PatientEvents.Recorded;
import java.util.List;
import org.hl7.fhir.r4.model.AdverseEvent;
import org.hl7.fhir.r4.model.Observation;
import org.junit.jupiter.api.Test;

/** The mappers on their own, without the service: ids, lab values, free text in narratives. */
class FhirMappingTest {

    private final EventStream stream = new EventStream();

    @Test
    void idsThatAreNoFhirIds_areHashed_stably() {
        assertThat(FhirIds.prescription("P-1", "RX-9")).isEqualTo("P-1-rx-RX-9");
        String underscored = FhirIds.prescription("P_1", "RX-9");
        assertThat(underscored).matches("rx-[0-9a-f]{40}").isEqualTo(FhirIds.prescription("P_1", "RX-9"));
        assertThat(FhirIds.prescription("P_1", "RX-8")).isNotEqualTo(underscored);
        assertThat(FhirIds.patient("P_1")).matches("patient-[0-9a-f]{40}");
        assertThat(FhirIds.observation("P".repeat(64), 3, 1)).matches("obs-[0-9a-f]{40}");
    }

    @Test
    void labValues_areInTheStandardUnit_judgedAgainstTheLimit_orAsPositiveOrNegativeHcg() {
        stream.enrol();
        Recorded panel = stream.record(new BloodTestRecorded(
                P,
                D,
                false,
                List.of(
                        new LabResult(Analyte.ALT, dec("1.5"), "ukat/L", dec("0.67"), dec("90"), "U/L", dec("40.2")),
                        LabResult.inStandardUnit(Analyte.LDL, dec("120"), null),
                        new LabResult(Analyte.HCG, dec("4"), "[IU]/L", null, dec("4"), "m[IU]/mL", null),
                        new LabResult(Analyte.TRIGLYCERIDES, dec("3"), "mmol/dL", null, null, null, null))));
        List<Observation> observations = FhirObservations.of(panel, (BloodTestRecorded) panel.event());

        assertThat(observations)
                .extracting(o -> o.hasInterpretation()
                        ? o.getInterpretationFirstRep().getCodingFirstRep().getCode()
                        : "")
                .containsExactly("H", "", "NEG", "");
        assertThat(observations.get(1).getCode().getCodingFirstRep().getSystem())
                .isEqualTo(FhirCodes.ANALYTE);
        assertThat(observations.get(2).getCode().getCodingFirstRep().getCode()).isEqualTo("19080-1");
        Observation unconverted = observations.get(3);
        assertThat(unconverted.getValueQuantity().getUnit()).isEqualTo("mmol/dL");
        assertThat(unconverted.getValueQuantity().hasSystem()).isFalse();
        assertThat(observations)
                .extracting(Observation::getIdPart)
                .containsExactly("P-1-obs-2-1", "P-1-obs-2-2", "P-1-obs-2-3", "P-1-obs-2-4");
    }

    @Test
    void freeTextThatXhtmlCannotHold_staysAsSentInTheResource_andIsReplacedInTheNarrative() {
        stream.enrol();
        Recorded report = stream.record(new SideEffectReported(
                P, SideEffectTerm.HEADACHE, 1, D, Reporter.PATIENT, "<b>bad</b> \u0001 & \uD83D\uDE00", false));
        AdverseEvent event = FhirAdverseEvents.of(report, (SideEffectReported) report.event());

        assertThat(event.getEvent().getText()).isEqualTo("Headache: <b>bad</b> \u0001 & \uD83D\uDE00");
        assertThat(event.getText().getDivAsString())
                .contains("&lt;b&gt;bad&lt;/b&gt; \uFFFD &amp; ")
                .doesNotContain("\u0001");
        assertThat(FhirContext.forR4Cached().newJsonParser().encodeResourceToString(event))
                .contains("Headache");
    }
}
