package io.isoledger.write;

import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

/** What every write request carries besides its body: the headers that make it traceable and safe to retry. */
public class WriteContext {

    @HeaderParam("X-Correlation-Id")
    @Pattern(regexp = "^[\\x21-\\x7E]{1,100}$", message = "must be 1-100 visible ASCII characters")
    @Parameter(
            description = "Your id for this request, echoed as the events' ce_correlationid",
            example = "3f0c2a1e-6f5b-4d8e-9a7c-2b1d0e9f8a76")
    String correlationId;

    @HeaderParam("Idempotency-Key")
    @Pattern(regexp = "^[\\x21-\\x7E]{1,100}$", message = "must be 1-100 visible ASCII characters")
    @Parameter(
            description = "Makes the request safe to retry: the same key with the same body returns the first"
                    + " answer and appends nothing; with another body it is refused with 422",
            example = "rx-9-attempt")
    String idempotencyKey;

    @Context
    UriInfo uri;

    public String correlationId() {
        return correlationId;
    }

    public String idempotencyKey() {
        return idempotencyKey;
    }

    String path() {
        return uri == null ? "" : uri.getPath();
    }
}
