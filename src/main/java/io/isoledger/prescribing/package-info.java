/**
 * Prescriptions: issue one ({@link PrescriptionResource}), dispense it ({@link
 * DispensingResource}), ask which rules would block one ({@link EligibilityResource}), and the
 * prescription read model. A feature (top layer): it may use the web and write layers, the
 * infrastructure and the domain, and other features; nothing below may use it.
 */
package io.isoledger.prescribing;
