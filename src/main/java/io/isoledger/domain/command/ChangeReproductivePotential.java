package io.isoledger.domain.command;

import io.isoledger.domain.PotentialChangeReason;
import java.time.LocalDate;

/** {@code recordedBy}: who recorded the change, for the audit of R4, R5 and R18's inputs. */
public record ChangeReproductivePotential(
        String patientId,
        boolean canBecomePregnant,
        LocalDate changedOn,
        PotentialChangeReason reason,
        String recordedBy)
        implements Command {}
