/**
 * The patient state's concomitant medications, as intervals by clinical date (R6, R19). Domain
 * layer: it imports only {@code java.*} and the domain itself, reads no clock and makes no ids.
 */
package io.isoledger.domain.medications;
