package io.isoledger.domain.event;

import io.isoledger.domain.TreatmentEndReason;
import java.time.LocalDate;

/** R13: the restriction dates are fixed when the treatment ends, under the policy of that day. */
public record TreatmentEnded(
        String patientId,
        LocalDate endedOn,
        TreatmentEndReason reason,
        LocalDate contraceptionRequiredUntil,
        LocalDate bloodDonationAllowedFrom,
        LocalDate cosmeticProceduresAllowedFrom)
        implements Event {}
