package io.isoledger.fhir;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Date;
import java.util.Locale;
import org.hl7.fhir.r4.model.CodeableConcept;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.DateTimeType;
import org.hl7.fhir.r4.model.DateType;
import org.hl7.fhir.r4.model.DomainResource;
import org.hl7.fhir.r4.model.Narrative;
import org.hl7.fhir.r4.model.Quantity;
import org.hl7.fhir.r4.model.Resource;

/** The code systems, extensions and conversions the FHIR export uses. */
final class FhirCodes {

    static final String LOINC = "http://loinc.org";
    static final String UCUM = "http://unitsofmeasure.org";
    static final String RXNORM = "http://www.nlm.nih.gov/research/umls/rxnorm";
    static final String SNOMED = "http://snomed.info/sct";
    static final String INTERPRETATION = "http://terminology.hl7.org/CodeSystem/v3-ObservationInterpretation";
    static final String OBSERVATION_CATEGORY = "http://terminology.hl7.org/CodeSystem/observation-category";
    static final String SERIOUSNESS = "http://terminology.hl7.org/CodeSystem/adverse-event-seriousness";
    static final String SEVERITY = "http://terminology.hl7.org/CodeSystem/adverse-event-severity";
    static final String FLAG_CATEGORY = "http://terminology.hl7.org/CodeSystem/flag-category";
    static final String DRUG_FORM = "http://terminology.hl7.org/CodeSystem/v3-orderableDrugForm";

    // IsoLedger's own code systems and identifiers.
    static final String SIDE_EFFECT_TERM = "urn:isoledger:side-effect-term";
    static final String CTCAE_GRADE = "urn:isoledger:ctcae-grade";
    static final String ANALYTE = "urn:isoledger:analyte";
    static final String MEDICATION = "urn:isoledger:medication";
    static final String RULE = "urn:isoledger:rule";
    static final String TREATMENT_END_REASON = "urn:isoledger:treatment-end-reason";
    static final String PATIENT_ID = "urn:isoledger:patient-id";
    static final String PRESCRIPTION_ID = "urn:isoledger:prescription-id";
    static final String PRESCRIBER_ID = "urn:isoledger:prescriber-id";
    static final String PHARMACY_ID = "urn:isoledger:pharmacy-id";
    static final String ALERT_ID = "urn:isoledger:alert-id";

    // IsoLedger's own extensions.
    static final String EXT_CTCAE_GRADE = "urn:isoledger:extension:ctcae-grade";
    static final String EXT_BLOCKING = "urn:isoledger:extension:blocking";
    static final String EXT_RESOLUTION = "urn:isoledger:extension:resolution";
    static final String EXT_END_REASON = "urn:isoledger:extension:treatment-end-reason";
    static final String EXT_CONTRACEPTION_REQUIRED_UNTIL = "urn:isoledger:extension:contraception-required-until";
    static final String EXT_BLOOD_DONATION_ALLOWED_FROM = "urn:isoledger:extension:blood-donation-allowed-from";
    static final String EXT_COSMETIC_PROCEDURES_ALLOWED_FROM =
            "urn:isoledger:extension:cosmetic-procedures-allowed-from";

    private FhirCodes() {}

    static Coding coding(String system, String code, String display) {
        return new Coding().setSystem(system).setCode(code).setDisplay(display);
    }

    static CodeableConcept concept(String system, String code, String display) {
        return new CodeableConcept().addCoding(coding(system, code, display));
    }

    static Quantity ucum(Number value, String code, String unit) {
        Quantity quantity = new Quantity().setUnit(unit).setSystem(UCUM).setCode(code);
        return quantity.setValue(new BigDecimal(value.toString()));
    }

    static DateType date(LocalDate day) {
        return new DateType(day.toString());
    }

    /** A clinical date where FHIR asks for a dateTime: day precision, as recorded. */
    static DateTimeType dateTime(LocalDate day) {
        return new DateTimeType(day.toString());
    }

    /** {@code meta.lastUpdated}: when the event that last changed the resource was recorded (ce_time). */
    static <T extends Resource> T lastUpdated(T resource, Instant time) {
        resource.getMeta().setLastUpdated(Date.from(time));
        return resource;
    }

    /** A number of capsules, in HL7's orderable drug forms (UCUM has no unit for a capsule). */
    static Quantity capsules(int count) {
        return new Quantity()
                .setValue(count)
                .setUnit(count == 1 ? "capsule" : "capsules")
                .setSystem(DRUG_FORM)
                .setCode("CAP");
    }

    /**
     * The resource's narrative, generated from what it holds: one line a clinician can read. Free text
     * may hold characters XHTML cannot (control characters other than tab and line ends): each becomes
     * U+FFFD there; the resource's own elements keep the text as sent.
     */
    static <T extends DomainResource> T narrative(T resource, String text) {
        StringBuilder escaped = new StringBuilder();
        text.codePoints().forEach(c -> {
            switch (c) {
                case '&' -> escaped.append("&amp;");
                case '<' -> escaped.append("&lt;");
                case '>' -> escaped.append("&gt;");
                default -> escaped.appendCodePoint(inXml(c) ? c : 0xFFFD);
            }
        });
        resource.getText()
                .setStatus(Narrative.NarrativeStatus.GENERATED)
                .setDivAsString("<div xmlns=\"http://www.w3.org/1999/xhtml\">" + escaped + "</div>");
        return resource;
    }

    private static boolean inXml(int c) {
        return c == 0x9
                || c == 0xA
                || c == 0xD
                || c >= 0x20 && c <= 0xD7FF
                || c >= 0xE000 && c <= 0xFFFD
                || c >= 0x10000 && c <= 0x10FFFF;
    }

    /** DRY_LIPS → "dry lips". */
    static String lowerWords(Enum<?> value) {
        return value.name().replace('_', ' ').toLowerCase(Locale.ROOT);
    }

    /** DRY_LIPS → "Dry lips". */
    static String words(Enum<?> value) {
        String words = lowerWords(value);
        return Character.toUpperCase(words.charAt(0)) + words.substring(1);
    }
}
