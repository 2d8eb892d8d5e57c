/**
 * The events, the facts on the events topic: the sealed {@link Event}, one record per event,
 * visited by {@link Event.Visitor}. Domain layer: it imports only {@code java.*} and the domain
 * itself, reads no clock and makes no ids.
 */
package io.isoledger.domain.event;
