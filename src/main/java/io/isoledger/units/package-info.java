/**
 * Lab units: UCUM recognition and conversion of a result to its analyte's standard unit ({@link
 * LabUnits}). Infrastructure layer: it may use other infrastructure packages and the domain, never
 * the web, write or feature packages.
 */
package io.isoledger.units;
