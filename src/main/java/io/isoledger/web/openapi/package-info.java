/**
 * What the OpenAPI document says of every operation: the shared problem responses and strict
 * request schemas. Web layer: used by the features; it may use the infrastructure and the domain,
 * never a feature or the write path.
 */
package io.isoledger.web.openapi;
