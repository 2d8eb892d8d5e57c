/**
 * The decider: the Kafka Streams topology ({@link DeciderTopology}) whose {@link DeciderProcessor}
 * reads each command record once, decides it against the patient's state with the pure domain
 * ({@link CommandDecisions}, {@code io.isoledger.domain.Decider}), appends the events
 * ({@link EventAppender}) and answers on the replies topic, all in one Kafka transaction; plus the
 * operator's restore and rebuild of that state and the expiry of supplies not dispensed in time.
 * Infrastructure layer: it may use {@code io.isoledger.eventlog}, the configuration and the domain.
 */
package io.isoledger.decider;
