package io.isoledger.domain.event;

import java.math.BigDecimal;
import java.time.LocalDate;

public record WeightRecorded(String patientId, BigDecimal weightKg, LocalDate measuredOn) implements Event {}
