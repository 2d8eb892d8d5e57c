/**
 * The audit trail: every event of a patient as it stands on the events topic ({@link
 * EventHistoryResource}), from the {@code event_history} read model. A feature (top layer): it may
 * use the web and write layers, the infrastructure and the domain, and other features; nothing
 * below may use it.
 */
package io.isoledger.history;
