/**
 * The event log on Kafka: the topics ({@link Topics}), their wire formats and CloudEvents headers,
 * the command gateway ({@link CommandGateway}), the Kafka Streams decider ({@link
 * DeciderTopology}) and the replies ({@link ReplyListener}). Infrastructure layer: it may use
 * other infrastructure packages and the domain, never the web, write or feature packages.
 */
package io.isoledger.eventlog;
