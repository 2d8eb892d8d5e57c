/**
 * The read side's machinery: {@link EventProjector} projects the events topic into read models
 * with its offsets in one database transaction, parks what it cannot project on the dead-letter
 * topic, and wakes the writes that wait to read their own events ({@link ReadYourWrites}).
 * Infrastructure layer: it may use other infrastructure packages and the domain, never the web,
 * write or feature packages.
 */
package io.isoledger.projection;
