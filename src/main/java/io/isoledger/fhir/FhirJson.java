package io.isoledger.fhir;

import ca.uhn.fhir.context.FhirContext;
import jakarta.enterprise.context.ApplicationScoped;
import org.hl7.fhir.instance.model.api.IBaseResource;

/** HAPI FHIR's R4 context, made once (it scans the whole model), and its JSON parser. */
@ApplicationScoped
public class FhirJson {

    /** The media type of FHIR's JSON format. */
    public static final String MEDIA_TYPE = "application/fhir+json";

    private final FhirContext context = FhirContext.forR4();

    public String encode(IBaseResource resource) {
        return context.newJsonParser().encodeResourceToString(resource);
    }
}
