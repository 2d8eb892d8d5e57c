package io.isoledger.patients;

import io.isoledger.domain.Sex;
import io.isoledger.domain.command.EnrollPatient;
import io.isoledger.web.validation.ClinicalDate;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Past;
import jakarta.validation.constraints.Pattern;
import java.math.BigDecimal;
import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "EnrollPatientRequest")
public record EnrollPatientRequest(
        @NotNull
        @Pattern(regexp = PatientId.PATTERN, message = PatientId.MESSAGE)
        @Schema(description = "The hospital's patient id", example = "P-123", required = true)
        String patientId,

        @NotNull @Schema(example = "FEMALE", required = true)
        Sex sex,

        @NotNull @Past @Schema(example = "2001-04-02", required = true) @ClinicalDate
        LocalDate birthDate,

        @NotNull
        @DecimalMin("1.0")
        @DecimalMax("400.0")
        @Digits(integer = 3, fraction = 2)
        @Schema(description = "Body weight in kg", example = "58.5", required = true)
        BigDecimal weightKg,

        @NotNull @Schema(description = "Whether the patient can become pregnant", example = "true", required = true)
        Boolean canBecomePregnant) {

    /** {@code today}: the clinic's date, from which the weight and the reproductive potential are known. */
    EnrollPatient toCommand(LocalDate today) {
        return new EnrollPatient(patientId, sex, birthDate, weightKg, canBecomePregnant, today);
    }
}
