/**
 * The shared HTTP layer, in sub-packages: errors as problem details, refusals at the edge, roles
 * and patient scope, strict JSON, validation and the OpenAPI document's shared parts. Web layer:
 * used by the features and the write path; it may use the infrastructure and the domain, never a
 * feature or the write path.
 */
package io.isoledger.web;
