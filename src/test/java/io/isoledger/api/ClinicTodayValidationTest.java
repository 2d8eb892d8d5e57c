package io.isoledger.api;

import static org.assertj.core.api.Assertions.assertThat;

import io.isoledger.patients.RecordWeightRequest;
import io.isoledger.testsupport.IsoLedgerTestEnvironment;
import io.isoledger.testsupport.MovableClock;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.validation.Validator;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * "Not in the future" (@PastOrPresent) is judged by the clinic's calendar (Asia/Tokyo by default),
 * not the server's: at 20:00 UTC it is already tomorrow in Tokyo, and a weight measured on that
 * Tokyo date is valid.
 */
@QuarkusTest
@WithTestResource(IsoLedgerTestEnvironment.class)
class ClinicTodayValidationTest {

    private static final ZoneId CLINIC = ZoneId.of("Asia/Tokyo");

    @Inject
    Validator validator;

    @Inject
    Clock clock;

    @AfterEach
    void back() {
        MovableClock.reset();
    }

    @Test
    void theClinicsTodayIsNotTheFuture_evenWhenTheServerIsStillOnYesterday() {
        Instant now = clock.instant();
        Instant eveningUtc = now.truncatedTo(ChronoUnit.DAYS).plus(Duration.ofHours(20));
        if (eveningUtc.isBefore(now)) {
            eveningUtc = eveningUtc.plus(Duration.ofDays(1));
        }
        MovableClock.travel(Duration.between(now, eveningUtc));
        LocalDate clinicToday = LocalDate.ofInstant(clock.instant(), CLINIC);
        assertThat(clinicToday).isAfter(LocalDate.ofInstant(clock.instant(), ZoneId.of("UTC")));

        assertThat(validator.validate(weighedOn(clinicToday))).isEmpty();
        assertThat(validator.validate(weighedOn(clinicToday.plusDays(1))))
                .singleElement()
                .satisfies(violation ->
                        assertThat(violation.getPropertyPath().toString()).isEqualTo("measuredOn"));
    }

    private static RecordWeightRequest weighedOn(LocalDate date) {
        return new RecordWeightRequest(new BigDecimal("60.2"), date);
    }
}
