package io.isoledger.units;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.util.Optional;
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

    private Ucum() {}

    /** The value in {@code to}, or empty if either code is not UCUM or the two are not commensurable. */
    static Optional<BigDecimal> convert(BigDecimal value, String from, String to) {
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
