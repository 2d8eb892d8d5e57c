/**
 * The service's clock ({@link ClinicClock}): "now" and the clinic's "today", read once per request
 * and put on the command. Infrastructure layer: it may use other infrastructure packages and the
 * domain, never the web, write or feature packages.
 */
package io.isoledger.clock;
