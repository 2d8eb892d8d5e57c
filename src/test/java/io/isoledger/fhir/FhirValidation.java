package io.isoledger.fhir;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.List;

/** The Bundle and each resource in it through HAPI's validator; which messages are tolerated. */
final class FhirValidation {

    private static final ObjectMapper JSON = new ObjectMapper();

    /**
     * Code systems the validator cannot check offline: LOINC and RxNorm need a terminology server, which
     * the tests leave out on purpose; IsoLedger's own (urn:isoledger:…) publish no CodeSystem resource.
     */
    private static final List<String> UNCHECKABLE_SYSTEMS =
            List.of("http://loinc.org ", "http://www.nlm.nih.gov/research/umls/rxnorm ", "urn:isoledger:");

    private static final String UNKNOWN_SYSTEM = "CodeSystem is unknown and can't be validated: ";

    /** IsoLedger records no performing laboratory: its events do not carry one. */
    private static final String NO_PERFORMER =
            "Best Practice Recommendation: In general, all observations should have a performer";

    private FhirValidation() {}

    /** Every entry's resource, and the Bundle as a whole, without an error or a fatal message. */
    static void assertValid(String body) throws Exception {
        R4Validator validator = R4Validator.get();
        List<R4Validator.Message> problems = new ArrayList<>();
        List<R4Validator.Message> all = new ArrayList<>(validator.validate(body));
        for (JsonNode entry : JSON.readTree(body).path("entry")) {
            all.addAll(validator.validate(JSON.writeValueAsString(entry.path("resource"))));
        }
        all.forEach(m -> {
            if (m.isErrorOrFatal() || !tolerated(m)) {
                problems.add(m);
            }
        });
        System.out.println("FHIR validation: " + all.size() + " messages");
        all.forEach(m -> System.out.println("  " + m));
        assertThat(problems)
                .as("validation messages neither tolerated nor informational")
                .isEmpty();
        assertThat(validator.offHostConnections())
                .as("the validator works offline")
                .isEmpty();
    }

    /**
     * Information is never a failure (among it "Unknown extension urn:isoledger:extension:…": IsoLedger's
     * extensions publish no StructureDefinition). Of the warnings only those above are tolerated.
     */
    static boolean tolerated(R4Validator.Message message) {
        if (message.severity().equals("INFORMATION")) {
            return true;
        }
        String text = message.text();
        return message.severity().equals("WARNING")
                && (text.equals(NO_PERFORMER)
                        || text.startsWith(UNKNOWN_SYSTEM)
                                && UNCHECKABLE_SYSTEMS.stream().anyMatch(s -> text.substring(UNKNOWN_SYSTEM.length())
                                        .startsWith(s)));
    }
}
