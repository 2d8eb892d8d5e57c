/**
 * The event log on Kafka: the topics ({@link Topics}), their wire formats and CloudEvents headers,
 * the command gateway ({@link CommandGateway}) that sends commands to the decider ({@code
 * io.isoledger.decider}) and the replies ({@link Reply}, {@link ReplyListener}) that come back. Infrastructure layer: it may use
 * other infrastructure packages and the domain, never the web, write or feature packages.
 */
package io.isoledger.eventlog;
