package io.isoledger.domain.command;

import io.isoledger.domain.Sex;
import java.math.BigDecimal;
import java.time.LocalDate;

/** {@code enrolledOn}: the clinic's date of enrolment, the date the weight and potential are known from. */
public record EnrollPatient(
        String patientId,
        Sex sex,
        LocalDate birthDate,
        BigDecimal weightKg,
        boolean canBecomePregnant,
        LocalDate enrolledOn)
        implements Command {}
