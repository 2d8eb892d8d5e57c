/**
 * The rule catalogue ({@link RuleCatalogue}): one class per rule checked on a prescription ({@link
 * PrescriptionRules}), the findings of recorded facts, and the signs of harm that raise alerts
 * ({@link HarmSignals}). Domain layer: it imports only {@code java.*} and the domain itself, reads
 * no clock and makes no ids.
 */
package io.isoledger.domain.rules;
