package io.isoledger.domain.event;

import io.isoledger.domain.Sex;
import java.math.BigDecimal;
import java.time.LocalDate;

/** {@code enrolledOn}: the weight and the reproductive potential are known from this date. */
public record PatientEnrolled(
        String patientId,
        Sex sex,
        LocalDate birthDate,
        BigDecimal weightKg,
        boolean canBecomePregnant,
        LocalDate enrolledOn)
        implements Event {}
