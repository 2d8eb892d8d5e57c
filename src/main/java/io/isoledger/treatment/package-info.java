/**
 * The end of a course of treatment ({@link TreatmentResource}), dated by R21, fixing R13's
 * restrictions. A feature (top layer): it may use the web and write layers, the infrastructure and
 * the domain, and other features; nothing below may use it.
 */
package io.isoledger.treatment;
