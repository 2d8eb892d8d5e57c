package io.isoledger.clock;

import io.isoledger.config.IsoLedgerConfig;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;

/** The service's clock, read once per request: what "now" and the clinic's "today" are. */
@ApplicationScoped
public class ClinicClock {

    @Inject
    Clock clock;

    @Inject
    IsoLedgerConfig config;

    public Instant now() {
        return clock.instant();
    }

    public LocalDate today() {
        return LocalDate.ofInstant(clock.instant(), config.clinic().timeZone());
    }
}
