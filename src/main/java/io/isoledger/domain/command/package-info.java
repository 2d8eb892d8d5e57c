/**
 * The commands: the sealed {@link Command}, one record per command, dispatched by {@link
 * Command.Handler}. Domain layer: it imports only {@code java.*} and the domain itself, reads no
 * clock and makes no ids.
 */
package io.isoledger.domain.command;
