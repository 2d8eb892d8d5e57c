package io.isoledger.web.validation;

import io.isoledger.config.IsoLedgerConfig;
import io.quarkus.arc.Unremovable;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.validation.ClockProvider;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;

/**
 * Bean Validation's "now" (@Past, @PastOrPresent) is the service's clock in the clinic's zone, so
 * a date valid for the clinic today is never refused because the server runs in another zone.
 * The validator factory asks for this clock while Quarkus starts, before the configuration tree
 * ({@link IsoLedgerConfig}) can be injected, so the zone is looked up when a date is validated.
 */
@Unremovable // looked up by the validator factory, never injected
@ApplicationScoped
public class ClinicClockProvider implements ClockProvider {

    @Inject
    Clock clock;

    @Inject
    Instance<IsoLedgerConfig> config;

    @Override
    public Clock getClock() {
        return new ClinicZoneClock();
    }

    /** The service's clock, in the clinic's zone as configured when it is read. */
    private final class ClinicZoneClock extends Clock {

        @Override
        public ZoneId getZone() {
            return config.get().clinic().timeZone();
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return clock.withZone(zone);
        }

        @Override
        public Instant instant() {
            return clock.instant();
        }
    }
}
