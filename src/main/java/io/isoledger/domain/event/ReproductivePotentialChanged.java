package io.isoledger.domain.event;

import io.isoledger.domain.PotentialChangeReason;
import java.time.LocalDate;

/** Whether the patient can become pregnant, from {@code changedOn}; R4, R5 and R18 follow it. */
public record ReproductivePotentialChanged(
        String patientId,
        boolean canBecomePregnant,
        LocalDate changedOn,
        PotentialChangeReason reason,
        String recordedBy)
        implements Event {}
