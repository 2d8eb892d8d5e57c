/**
 * Log lines without personal data, tied to the command they are about: {@link LogContext} keeps the
 * correlation id in the MDC (every JSON log line carries the MDC), {@link LogPseudonyms} names a
 * patient by a keyed pseudonym instead of the id, and {@link SafeReasons} says what an exception may
 * say in a log line (its types, never a message that could quote input). Infrastructure layer: it may
 * use other infrastructure packages and the domain, never the web, write or feature packages.
 */
package io.isoledger.logging;
