package io.isoledger.domain.command;

import java.math.BigDecimal;
import java.time.LocalDate;

public record RecordWeight(String patientId, BigDecimal weightKg, LocalDate measuredOn) implements Command {}
