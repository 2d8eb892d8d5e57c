package io.isoledger.domain.command;

import io.isoledger.domain.PregnancyTestMethod;
import io.isoledger.domain.PregnancyTestResult;
import java.time.LocalDate;

public record RecordPregnancyTest(
        String patientId, LocalDate sampledOn, PregnancyTestResult result, PregnancyTestMethod method)
        implements Command {}
