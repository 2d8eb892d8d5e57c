package io.isoledger.domain.command;

import io.isoledger.domain.LabResult;
import java.time.LocalDate;
import java.util.List;

public record RecordBloodTest(String patientId, LocalDate sampledOn, boolean fasting, List<LabResult> results)
        implements Command {}
