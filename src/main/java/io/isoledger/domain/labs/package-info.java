/**
 * The patient state's lab part: blood tests by the day they were sampled (R2) and hCG as a
 * pregnancy result (R4, R18). Domain layer: it imports only {@code java.*} and the domain itself,
 * reads no clock and makes no ids.
 */
package io.isoledger.domain.labs;
