package io.isoledger.fhir;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import org.hl7.fhir.r4.model.AdverseEvent;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.DateType;
import org.hl7.fhir.r4.model.EpisodeOfCare;
import org.hl7.fhir.r4.model.Flag;
import org.hl7.fhir.r4.model.MedicationDispense;
import org.hl7.fhir.r4.model.MedicationRequest;
import org.hl7.fhir.r4.model.Observation;
import org.hl7.fhir.r4.model.Patient;
import org.hl7.fhir.r4.model.Resource;

/** What the test's full course looks like in FHIR. */
final class FhirBundleAssertions {

    private FhirBundleAssertions() {}

    static <T extends Resource> List<T> all(Bundle bundle, Class<T> type) {
        return bundle.getEntry().stream()
                .map(Bundle.BundleEntryComponent::getResource)
                .filter(type::isInstance)
                .map(type::cast)
                .toList();
    }

    static void assertCourse(Bundle bundle, String patientId) {
        LocalDate today = LocalDate.now(ZoneId.of("Asia/Tokyo"));
        String patientUrl = bundle.getEntryFirstRep().getFullUrl();
        for (Bundle.BundleEntryComponent entry : bundle.getEntry()) {
            Resource resource = entry.getResource();
            assertThat(resource.getMeta().getLastUpdated()).as(resource.getId()).isNotNull();
            assertThat(resource.getIdPart()).startsWith(patientId);
        }

        Patient patient = (Patient) bundle.getEntryFirstRep().getResource();
        assertThat(patient.getIdPart()).isEqualTo(patientId);
        assertThat(patient.getBirthDateElement().getValueAsString()).isEqualTo("2001-04-02");

        MedicationRequest rx = FhirBundleTest.only(bundle, MedicationRequest.class);
        assertThat(rx.getIdPart()).isEqualTo(patientId + "-rx-RX-1");
        assertThat(rx.getStatus()).isEqualTo(MedicationRequest.MedicationRequestStatus.STOPPED);
        assertThat(rx.getSubject().getReference()).isEqualTo(patientUrl);
        assertThat(rx.getMedicationCodeableConcept().getCodingFirstRep().getCode())
                .isEqualTo("197844");
        assertThat(rx.getDosageInstructionFirstRep()
                        .getDoseAndRateFirstRep()
                        .getDoseQuantity()
                        .getValue())
                .isEqualByComparingTo("2");
        assertThat(rx.getDosageInstructionFirstRep()
                        .getMaxDosePerPeriod()
                        .getNumerator()
                        .getValue())
                .isEqualByComparingTo("40");
        assertThat(rx.getDispenseRequest().getValidityPeriod().getStartElement().getValueAsString())
                .isEqualTo(today.toString());
        assertThat(rx.getDispenseRequest().getValidityPeriod().getEndElement().getValueAsString())
                .isEqualTo(today.plusDays(7).toString());
        assertThat(rx.getDispenseRequest().getExpectedSupplyDuration().getValue())
                .isEqualByComparingTo("30");

        MedicationDispense dispense = FhirBundleTest.only(bundle, MedicationDispense.class);
        assertThat(dispense.getIdPart()).isEqualTo(patientId + "-dispense-RX-1");
        assertThat(dispense.getStatus()).isEqualTo(MedicationDispense.MedicationDispenseStatus.COMPLETED);
        assertThat(dispense.getAuthorizingPrescriptionFirstRep().getReference())
                .isEqualTo(FhirIds.fullUrl("MedicationRequest", rx.getIdPart()));
        assertThat(dispense.getMedicationCodeableConcept().getCodingFirstRep().getCode())
                .isEqualTo("197844");
        assertThat(dispense.getQuantity().getValue()).isEqualByComparingTo("60");
        assertThat(dispense.getDaysSupply().getValue()).isEqualByComparingTo("30");
        assertThat(dispense.getWhenHandedOverElement().getValueAsString()).isEqualTo(today.toString());
        assertThat(dispense.getPerformerFirstRep().getActor().getIdentifier().getValue())
                .isEqualTo("PH-12");

        List<Observation> observations = all(bundle, Observation.class);
        assertThat(observations).hasSize(9);
        assertThat(observations)
                .extracting(o -> o.getCode().getCodingFirstRep().getCode())
                .containsExactly(
                        "2106-3", "1742-6", "1920-8", "2571-8", "19080-1", "1742-6", "2571-8", "19080-1", "2118-8");
        assertThat(observations)
                .extracting(o -> o.hasInterpretation()
                        ? o.getInterpretationFirstRep().getCodingFirstRep().getCode()
                        : "")
                .containsExactly("NEG", "N", "N", "", "NEG", "H", "", "POS", "POS");
        Observation ast = observations.get(2);
        assertThat(ast.getValueQuantity().getValue()).isEqualByComparingTo("30");
        assertThat(ast.getValueQuantity().getCode()).isEqualTo("U/L");
        assertThat(ast.getReferenceRangeFirstRep().getHigh().getValue()).isEqualByComparingTo("40.2");
        assertThat(ast.getNoteFirstRep().getText()).contains("0.5 ukat/L");
        Observation triglycerides = observations.get(3);
        assertThat(triglycerides.getValueQuantity().getCode()).isEqualTo("mg/dL");
        assertThat(triglycerides.getValueQuantity().getValue()).isGreaterThan(new BigDecimal("130"));
        assertThat(triglycerides.getNoteFirstRep().getText()).contains("1.5 mmol/L");
        assertThat(observations.get(0).getIdPart()).matches(patientId + "-obs-\\d+-1");

        List<AdverseEvent> sideEffects = all(bundle, AdverseEvent.class);
        assertThat(sideEffects)
                .extracting(a -> a.getEvent().getCodingFirstRep().getCode())
                .containsExactly("DRY_LIPS", "DEPRESSION", "MUSCLE_PAIN");
        assertThat(sideEffects)
                .extracting(a -> a.getSeriousness().getCodingFirstRep().getCode())
                .containsExactly("Non-serious", "Non-serious", "Serious");
        assertThat(sideEffects
                        .get(2)
                        .getExtensionByUrl(FhirCodes.EXT_CTCAE_GRADE)
                        .getValue())
                .hasFieldOrPropertyWithValue("code", "3");

        List<Flag> flags = all(bundle, Flag.class);
        assertThat(flags)
                .extracting(f -> f.getCode().getCodingFirstRep().getCode())
                .containsExactly("R10", "R10", "R18", "R18");
        assertThat(flags).allSatisfy(f -> assertThat(f.getCode().getText()).isNotBlank());
        List<Flag> inactive = flags.stream()
                .filter(f -> f.getStatus() == Flag.FlagStatus.INACTIVE)
                .toList();
        assertThat(inactive).hasSize(1);
        assertThat(inactive.get(0).getCode().getText()).contains("DEPRESSION");
        assertThat(inactive.get(0).getPeriod().hasEnd()).isTrue();

        EpisodeOfCare course = FhirBundleTest.only(bundle, EpisodeOfCare.class);
        assertThat(course.getStatus()).isEqualTo(EpisodeOfCare.EpisodeOfCareStatus.FINISHED);
        assertThat(course.getPeriod().getStartElement().getValueAsString()).isEqualTo(today.toString());
        assertThat(course.getPeriod().getEndElement().getValueAsString()).isEqualTo(today.toString());
        for (String restriction : List.of(
                FhirCodes.EXT_CONTRACEPTION_REQUIRED_UNTIL,
                FhirCodes.EXT_BLOOD_DONATION_ALLOWED_FROM,
                FhirCodes.EXT_COSMETIC_PROCEDURES_ALLOWED_FROM)) {
            assertThat(((DateType) course.getExtensionByUrl(restriction).getValue()).getValueAsString())
                    .as(restriction)
                    .isGreaterThan(today.toString());
        }
    }
}
