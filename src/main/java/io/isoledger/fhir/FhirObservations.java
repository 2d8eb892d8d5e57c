package io.isoledger.fhir;

import io.isoledger.domain.Analyte;
import io.isoledger.domain.LabResult;
import io.isoledger.domain.event.BloodTestRecorded;
import io.isoledger.domain.labs.PregnancyHormone;
import io.isoledger.history.PatientEvents.Recorded;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import org.hl7.fhir.r4.model.CodeableConcept;
import org.hl7.fhir.r4.model.Observation;
import org.hl7.fhir.r4.model.Observation.ObservationStatus;
import org.hl7.fhir.r4.model.Quantity;

/**
 * Blood test results as laboratory {@code Observation}s, one per analyte. A result carries its value
 * in the analyte's standard UCUM unit (what the rules judge), the value as the lab sent it in a note,
 * the upper limit of normal as its reference range and H or N against it; hCG is POS or NEG (R4's
 * 5 mIU/mL).
 */
final class FhirObservations {

    /**
     * Quantitative hCG in serum or plasma. Analyte.HCG names 2106-3, the qualitative urine pregnancy
     * test, which does not describe a value in m[IU]/mL.
     */
    private static final String LOINC_HCG_QUANTITATIVE = "19080-1";

    private FhirObservations() {}

    static List<Observation> of(Recorded recorded, BloodTestRecorded e) {
        List<Observation> observations = new ArrayList<>();
        for (int i = 0; i < e.results().size(); i++) {
            LabResult result = e.results().get(i);
            Observation o = laboratory(recorded, e.patientId(), i + 1, e.sampledOn());
            o.setCode(code(result.analyte()));
            boolean standard = result.standardValue() != null;
            o.setValue(
                    standard
                            ? FhirCodes.ucum(result.standardValue(), result.standardUnit(), result.standardUnit())
                            : new Quantity().setValue(result.value()).setUnit(result.unit()));
            o.addNote()
                    .setText("As sent: " + plain(result.value()) + " " + result.unit()
                            + (result.upperLimitOfNormal() == null
                                    ? ""
                                    : ", upper limit of normal " + plain(result.upperLimitOfNormal()) + " "
                                            + result.unit())
                            + (e.fasting() ? "; fasting" : "; not fasting"));
            BigDecimal limit = standard ? result.standardUpperLimitOfNormal() : null;
            if (limit != null) {
                o.addReferenceRange().setHigh(FhirCodes.ucum(limit, result.standardUnit(), result.standardUnit()));
            }
            if (result.analyte() == Analyte.HCG && standard) {
                o.addInterpretation(
                        result.standardValue().compareTo(PregnancyHormone.POSITIVE_FROM_MIU_PER_ML) >= 0
                                ? interpretation("POS", "Positive")
                                : interpretation("NEG", "Negative"));
            } else if (limit != null) {
                o.addInterpretation(
                        result.standardValue().compareTo(limit) > 0
                                ? interpretation("H", "High")
                                : interpretation("N", "Normal"));
            }
            FhirCodes.narrative(o, summary(o, e.sampledOn()));
            observations.add(o);
        }
        return observations;
    }

    private static String summary(Observation o, LocalDate sampledOn) {
        String interpretation = o.hasInterpretation()
                ? " (" + o.getInterpretationFirstRep().getCodingFirstRep().getCode() + ")"
                : "";
        return o.getCode().getText() + " sampled " + sampledOn + ": "
                + o.getValueQuantity().getValue().toPlainString() + " "
                + o.getValueQuantity().getUnit()
                + interpretation + ". " + o.getNoteFirstRep().getText();
    }

    static Observation laboratory(Recorded recorded, String patientId, int n, LocalDate sampledOn) {
        Observation o = new Observation();
        o.setId(FhirIds.observation(patientId, recorded.sequence(), n));
        o.setStatus(ObservationStatus.FINAL);
        o.addCategory(FhirCodes.concept(FhirCodes.OBSERVATION_CATEGORY, "laboratory", "Laboratory"));
        o.setSubject(FhirIds.patientReference(patientId));
        o.setEffective(FhirCodes.dateTime(sampledOn));
        o.setIssued(Date.from(recorded.time()));
        return FhirCodes.lastUpdated(o, recorded.time());
    }

    private static CodeableConcept code(Analyte analyte) {
        String loinc = analyte == Analyte.HCG ? LOINC_HCG_QUANTITATIVE : analyte.loinc();
        CodeableConcept code = loinc == null
                ? FhirCodes.concept(FhirCodes.ANALYTE, analyte.name(), text(analyte))
                : FhirCodes.concept(FhirCodes.LOINC, loinc, loincDisplay(analyte));
        return code.setText(text(analyte));
    }

    private static String loincDisplay(Analyte analyte) {
        return switch (analyte) {
            case ALT -> "Alanine aminotransferase [Enzymatic activity/volume] in Serum or Plasma";
            case AST -> "Aspartate aminotransferase [Enzymatic activity/volume] in Serum or Plasma";
            case TRIGLYCERIDES -> "Triglyceride [Mass/volume] in Serum or Plasma";
            case TOTAL_CHOLESTEROL -> "Cholesterol [Mass/volume] in Serum or Plasma";
            case HCG -> "Choriogonadotropin [Units/volume] in Serum or Plasma";
            case LDL, HDL -> null;
        };
    }

    private static String text(Analyte analyte) {
        return switch (analyte) {
            case ALT, AST -> analyte.name();
            case LDL, HDL -> analyte.name() + " cholesterol";
            case TRIGLYCERIDES -> "Triglycerides";
            case TOTAL_CHOLESTEROL -> "Total cholesterol";
            case HCG -> "hCG";
        };
    }

    static CodeableConcept interpretation(String code, String display) {
        return FhirCodes.concept(FhirCodes.INTERPRETATION, code, display);
    }

    private static String plain(BigDecimal value) {
        return value.toPlainString();
    }
}
