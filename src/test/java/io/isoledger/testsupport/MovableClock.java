package io.isoledger.testsupport;

import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;

/**
 * The service's clock in {@code @QuarkusTest}s: the real time, moved forward on demand so a test can
 * walk a course of treatment over months. It replaces the default system clock bean.
 */
@Singleton
public class MovableClock extends Clock {

    private static volatile Duration offset = Duration.ZERO;

    private final ZoneId zone;

    public MovableClock() {
        this(ZoneOffset.UTC);
    }

    private MovableClock(ZoneId zone) {
        this.zone = zone;
    }

    public static void travel(Duration by) {
        offset = offset.plus(by);
    }

    public static void reset() {
        offset = Duration.ZERO;
    }

    @Override
    public ZoneId getZone() {
        return zone;
    }

    /** Moves with the others: the validator keeps the clock it is given once, at start. */
    @Override
    public Clock withZone(ZoneId newZone) {
        return new MovableClock(newZone);
    }

    @Override
    public Instant instant() {
        return Instant.now().plus(offset);
    }
}
