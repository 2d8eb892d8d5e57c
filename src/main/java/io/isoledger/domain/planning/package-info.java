/**
 * A patient's plan: the steps still needed for a start, each with its window and rule, computed by
 * {@link Planner} from the windows of the rule classes that decide. Domain layer: it imports only
 * {@code java.*} and the domain itself, reads no clock and makes no ids.
 */
package io.isoledger.domain.planning;
