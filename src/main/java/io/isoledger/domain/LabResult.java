package io.isoledger.domain;

import java.math.BigDecimal;

/** One analyte's result; the upper limit of normal is the lab's, where a rule needs it. */
public record LabResult(Analyte analyte, BigDecimal value, String unit, BigDecimal upperLimitOfNormal) {}
