/**
 * The API's strict JSON ({@link JsonCustomizer}), kept apart from the topics' wire JSON. Web
 * layer: used by the features; it may use the infrastructure and the domain, never a feature or
 * the write path.
 */
package io.isoledger.web.json;
