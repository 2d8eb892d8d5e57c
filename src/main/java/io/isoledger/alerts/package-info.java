/**
 * Safety alerts: the list of a patient's alerts and the clinician's resolution ({@link
 * AlertResource}), and the {@code safety_alert} read model with its projection. A feature (top
 * layer): it may use the web and write layers, the infrastructure and the domain, and other
 * features; nothing below may use it.
 */
package io.isoledger.alerts;
