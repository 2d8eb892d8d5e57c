/**
 * The pure core: {@link Decider} decides a command against a patient's {@link PatientState} under
 * a {@link Policy}, and {@link Evolver} folds events into that state. Domain layer: it imports
 * only {@code java.*} and the domain itself, reads no clock and makes no ids.
 */
package io.isoledger.domain;
