/**
 * The patient state's pregnancy prevention: contraception in use (R5), its failures and the
 * pregnancy results (R4, R18). Domain layer: it imports only {@code java.*} and the domain itself,
 * reads no clock and makes no ids.
 */
package io.isoledger.domain.pregnancyprevention;
