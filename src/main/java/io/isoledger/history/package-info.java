/**
 * The audit trail: every event of a patient as it stands on the events topic ({@link
 * EventHistoryResource}), from the {@code event_history} read model; and each patient's state as
 * of its last event ({@link PatientStates}, the {@code patient_state} read model), which the summary,
 * the plan and the worklist read instead of folding the trail again. A feature (top layer): it may
 * use the web and write layers, the infrastructure and the domain, and other features; nothing
 * below may use it.
 */
package io.isoledger.history;
