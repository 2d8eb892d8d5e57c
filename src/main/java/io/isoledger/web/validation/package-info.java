/**
 * Bean Validation constraints shared by the requests: clinical dates, plain text, unique items,
 * dates in order, and the clinic's clock as "now". Web layer: used by the features; it may use the
 * infrastructure and the domain, never a feature or the write path.
 */
package io.isoledger.web.validation;
