/**
 * The FHIR R4 export of a patient's record ({@link FhirResource}), built from the patient's
 * events: one mapper per resource type. A feature (top layer): it may use the web and write
 * layers, the infrastructure and the domain, and other features; nothing below may use it.
 */
package io.isoledger.fhir;
