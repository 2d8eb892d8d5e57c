/**
 * The one write path every write endpoint shares: {@link Writes} sends the command through the
 * gateway, waits for the decider's reply and the projection, and answers 201 or 202. Write layer:
 * used by the features; it may use the web layer (its problem details), the infrastructure and the
 * domain, never a feature.
 */
package io.isoledger.write;
