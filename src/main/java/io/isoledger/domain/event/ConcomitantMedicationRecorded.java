package io.isoledger.domain.event;

import io.isoledger.domain.DrugClass;
import java.time.LocalDate;

public record ConcomitantMedicationRecorded(
        String patientId, String name, DrugClass drugClass, LocalDate startedOn, LocalDate stoppedOn)
        implements Event {}
