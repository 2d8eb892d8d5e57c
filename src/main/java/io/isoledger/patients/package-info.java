/**
 * Patients: enrol, record a weight, read the summary and the patients needing attention ({@link
 * PatientResource}), and the {@code patient_summary} read model. A feature (top layer): it may use
 * the web and write layers, the infrastructure and the domain, and other features; nothing below
 * may use it.
 */
package io.isoledger.patients;
