package io.isoledger.web.validation;

import io.isoledger.config.IsoLedgerConfig;
import io.quarkus.arc.Unremovable;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.validation.ClockProvider;
import java.time.Clock;

/**
 * Bean Validation's "now" (@Past, @PastOrPresent) is the service's clock in the clinic's zone, so
 * a date valid for the clinic today is never refused because the server runs in another zone.
 */
@Unremovable // looked up by the validator factory, never injected
@ApplicationScoped
public class ClinicClockProvider implements ClockProvider {

    @Inject
    Clock clock;

    @Inject
    IsoLedgerConfig config;

    @Override
    public Clock getClock() {
        return clock.withZone(config.clinic().timeZone());
    }
}
