package io.isoledger.units;

import io.isoledger.domain.Analyte;
import java.math.BigDecimal;
import java.util.Optional;

/** TEMPORARY until the UCUM implementation lands (same API). */
public final class LabUnits {
    public record Converted(BigDecimal standardValue, BigDecimal standardUpperLimitOfNormal) {}

    public static Optional<String> recognise(Analyte analyte, String unit) {
        return analyte.acceptedUnits().contains(unit) ? Optional.of(unit) : Optional.empty();
    }

    public static String describeAccepted(Analyte analyte) {
        return String.join(", ", analyte.acceptedUnits());
    }

    public static Optional<Converted> convert(Analyte analyte, BigDecimal value, String unit, BigDecimal uln) {
        return recognise(analyte, unit).map(u -> new Converted(value, uln));
    }
}
