package io.isoledger.patients;

import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** R13's dates in a {@link PatientResponse}; all null before the first prescription. */
@Schema(name = "Restrictions")
public record RestrictionsResponse(
        @Schema(
                description = "Last day contraception is required (null: not required of this patient)",
                example = "2027-05-23")
        LocalDate contraceptionRequiredUntil,

        @Schema(description = "First day the patient may donate blood", example = "2027-03-24")
        LocalDate bloodDonationAllowedFrom,

        @Schema(description = "First day laser, light, peeling or waxing is allowed", example = "2027-08-21")
        LocalDate cosmeticProceduresAllowedFrom) {}
