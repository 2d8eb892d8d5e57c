package io.isoledger.config;

import io.smallrye.config.WithDefault;
import jakarta.validation.constraints.Positive;

/**
 * {@code isoledger.http.*}, a group of {@link IsoLedgerConfig}: the request limits refused with a
 * problem at the HTTP edge. The body's limit is Quarkus' own {@code quarkus.http.limits.max-body-size}.
 */
public interface HttpConfig {

    /** A longer request target is refused (414). */
    @Positive
    @WithDefault("8192")
    int maxUriLength();

    /** Larger request headers, together, are refused (431). */
    @WithDefault("20K")
    ByteSize maxHeaderSize();
}
