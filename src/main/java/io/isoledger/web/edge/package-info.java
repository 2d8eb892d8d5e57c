/**
 * Refusals at the HTTP edge, before JAX-RS ({@link EdgeRefusals}): oversized targets and headers,
 * and 405 for a method no resource declares; and each request's correlation id in its log lines
 * ({@link RequestCorrelation}) and when it arrived ({@link RequestArrival}). Web layer: used by the features; it may use the
 * infrastructure and the domain, never a feature or the write path.
 */
package io.isoledger.web.edge;
