package io.isoledger.domain.command;

import io.isoledger.domain.Reporter;
import io.isoledger.domain.SideEffectTerm;
import java.time.LocalDate;

public record ReportSideEffect(
        String patientId, SideEffectTerm term, int grade, LocalDate onsetOn, Reporter reportedBy, String notes)
        implements Command {}
