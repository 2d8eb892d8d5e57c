/**
 * The operator endpoints: rebuild the read models ({@link RebuildResource}) or the decider's state
 * ({@link DeciderStateResource}) from the events topic, and acknowledge dead letters ({@link
 * DeadLetterResource}). A feature (top layer): it may use the web and write layers, the
 * infrastructure and the domain, and other features; nothing below may use it.
 */
package io.isoledger.admin;
