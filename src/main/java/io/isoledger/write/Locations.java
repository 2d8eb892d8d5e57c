package io.isoledger.write;

import java.net.URI;
import java.util.function.LongFunction;

/**
 * Where a write's {@code Location} header points, as the {@link LongFunction} {@link Writes#submit}
 * takes: given the version the write produced, the URI of what it created or changed. Built from
 * the request's URI, which its {@link WriteContext} holds.
 */
public final class Locations {

    private Locations() {}

    /** The entry the write created under the request's path, by its event's sequence: {@code .../blood-tests/4}. */
    public static LongFunction<URI> atSequence(WriteContext context) {
        return version ->
                context.uri.getAbsolutePathBuilder().path("{sequence}").build(version);
    }

    /** The request's own path, whatever the version. */
    public static LongFunction<URI> here(WriteContext context) {
        return version -> context.uri.getAbsolutePathBuilder().build();
    }

    /** A path below the request's: {@code under(context, "{prescriptionId}", "RX-1")} → {@code .../RX-1}. */
    public static LongFunction<URI> under(WriteContext context, String template, Object... values) {
        return version -> context.uri.getAbsolutePathBuilder().path(template).build(values);
    }

    /** A path from the API's root: {@code at(context, "api/v1/patients/{id}/events", "P-123")}. */
    public static LongFunction<URI> at(WriteContext context, String template, Object... values) {
        return version -> context.uri.getBaseUriBuilder().path(template).build(values);
    }
}
