package io.isoledger.domain.command;

import io.isoledger.domain.DrugClass;
import java.time.LocalDate;

public record RecordConcomitantMedication(
        String patientId, String name, DrugClass drugClass, LocalDate startedOn, LocalDate stoppedOn)
        implements Command {}
