package io.isoledger.clock;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** The service's clock, read once per request: what "now" and the clinic's "today" are. */
@ApplicationScoped
public class ClinicClock {

    @Inject
    Clock clock;

    @ConfigProperty(name = "isoledger.clinic.time-zone", defaultValue = "UTC")
    ZoneId zone;

    public Instant now() {
        return clock.instant();
    }

    public LocalDate today() {
        return LocalDate.ofInstant(clock.instant(), zone);
    }
}
