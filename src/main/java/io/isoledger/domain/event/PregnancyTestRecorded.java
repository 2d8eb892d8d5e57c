package io.isoledger.domain.event;

import io.isoledger.domain.PregnancyTestMethod;
import io.isoledger.domain.PregnancyTestResult;
import java.time.LocalDate;

public record PregnancyTestRecorded(
        String patientId, LocalDate sampledOn, PregnancyTestResult result, PregnancyTestMethod method)
        implements Event {}
