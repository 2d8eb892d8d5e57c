package io.isoledger.units;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.fhir.ucum.Decimal;
import org.fhir.ucum.UcumEssenceService;
import org.fhir.ucum.UcumException;
import org.fhir.ucum.UcumService;

/**
 * The UCUM service, loaded once (parsing the essence file is the expensive part; conversions
 * keep no state), behind a conversion that answers "not convertible" instead of throwing.
 */
final class Ucum {

    private static final String ESSENCE = "ucum-essence.xml";
    private static final UcumService SERVICE = load();
    // Bounded by the pairs of codes the service ever converts: the analytes' accepted units.
    private static final Map<String, Scale> SCALES = new ConcurrentHashMap<>();

    private Ucum() {}

    /**
     * The value in {@code to}, or empty if either code is not UCUM or the two are not commensurable.
     * The lab units are ratio scales, so the service is asked once per pair of codes, for the value
     * of one {@code from} in {@code to}, and a value is that factor times the value: ucum-java's
     * decimal arithmetic is slow enough to be most of a blood test request's cost otherwise. A pair
     * with an offset (a temperature) is not a ratio scale and is converted by the service each time.
     */
    static Optional<BigDecimal> convert(BigDecimal value, String from, String to) {
        Scale scale = SCALES.computeIfAbsent(from + "\u0000" + to, pair -> Scale.of(from, to));
        if (scale.factor().isPresent()) {
            return Optional.of(value.multiply(scale.factor().get()));
        }
        return scale.convertible() ? convertByService(value, from, to) : Optional.empty();
    }

    /** How one pair of codes converts: by a factor, by the service (an offset), or not at all. */
    private record Scale(boolean convertible, Optional<BigDecimal> factor) {

        static Scale of(String from, String to) {
            Optional<BigDecimal> one = convertByService(BigDecimal.ONE, from, to);
            if (one.isEmpty()) {
                return new Scale(false, Optional.empty());
            }
            boolean ratio = convertByService(BigDecimal.ZERO, from, to)
                    .filter(zero -> zero.signum() == 0)
                    .isPresent();
            return new Scale(true, ratio ? one : Optional.empty());
        }
    }

    // Package-private for UcumScaleProperties, which checks the factors against it.
    static Optional<BigDecimal> convertByService(BigDecimal value, String from, String to) {
        // An empty code is unity to UCUM, and the library asserts on it rather than refusing it.
        if (from.isEmpty() || to.isEmpty()) {
            return Optional.empty();
        }
        try {
            if (!SERVICE.isComparable(from, to)) {
                return Optional.empty();
            }
            Decimal converted = SERVICE.convert(new Decimal(value.toPlainString()), from, to);
            return Optional.of(new BigDecimal(converted.asDecimal()));
        } catch (UcumException notUcum) {
            return Optional.empty();
        }
    }

    private static UcumService load() {
        try (InputStream essence = Ucum.class.getClassLoader().getResourceAsStream(ESSENCE)) {
            if (essence == null) {
                throw new IllegalStateException(ESSENCE + " is not on the classpath: is org.fhir:ucum a dependency?");
            }
            return new UcumEssenceService(essence);
        } catch (UcumException | IOException e) {
            throw new IllegalStateException("cannot load " + ESSENCE + " from the ucum jar", e);
        }
    }
}
