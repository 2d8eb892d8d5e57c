/**
 * The patient state's courses of treatment and their supplies (R14-R17, R20, R22, R23). Domain
 * layer: it imports only {@code java.*} and the domain itself, reads no clock and makes no ids.
 */
package io.isoledger.domain.prescribing;
