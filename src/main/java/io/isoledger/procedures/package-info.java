/**
 * Procedures: schedule one and list them ({@link ProcedureResource}), with R12's conflicts, and
 * their read model. A feature (top layer): it may use the web and write layers, the infrastructure
 * and the domain, and other features; nothing below may use it.
 */
package io.isoledger.procedures;
