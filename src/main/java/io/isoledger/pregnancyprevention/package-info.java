/**
 * Pregnancy prevention: contraception ({@link ContraceptionResource}), reproductive status and
 * potential, and pregnancy tests ({@link PregnancyPreventionResource}). A feature (top layer): it
 * may use the web and write layers, the infrastructure and the domain, and other features; nothing
 * below may use it.
 */
package io.isoledger.pregnancyprevention;
