/**
 * Blood tests: record one ({@link BloodTestResource}), its results in the units each analyte
 * accepts, and the blood-test read model. A feature (top layer): it may use the web and write
 * layers, the infrastructure and the domain, and other features; nothing below may use it.
 */
package io.isoledger.labs;
