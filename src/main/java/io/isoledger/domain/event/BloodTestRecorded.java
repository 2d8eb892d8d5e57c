package io.isoledger.domain.event;

import io.isoledger.domain.LabResult;
import java.time.LocalDate;
import java.util.List;

public record BloodTestRecorded(String patientId, LocalDate sampledOn, boolean fasting, List<LabResult> results)
        implements Event {}
