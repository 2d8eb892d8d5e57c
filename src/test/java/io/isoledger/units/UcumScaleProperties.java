package io.isoledger.units;

import static org.assertj.core.api.Assertions.assertThat;

import io.isoledger.domain.Analyte;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * {@link Ucum} converts a pair of codes by a factor it asked the UCUM service for once: for every
 * pair the lab units convert (an accepted unit to its analyte's standard unit, and through the molar
 * mass), the factor gives what the service gives for the value itself, to the digits the results keep.
 */
class UcumScaleProperties {

    private static final int DIGITS_KEPT = 4;

    @Property(tries = 2000)
    void aFactorConvertsAsTheServiceDoes(@ForAll("pairs") String[] pair, @ForAll("values") BigDecimal value) {
        BigDecimal byFactor = Ucum.convert(value, pair[0], pair[1]).orElseThrow();
        BigDecimal byService = Ucum.convertByService(value, pair[0], pair[1]).orElseThrow();

        assertThat(byFactor.setScale(DIGITS_KEPT, RoundingMode.HALF_UP))
                .isEqualByComparingTo(byService.setScale(DIGITS_KEPT, RoundingMode.HALF_UP));
    }

    @Property(tries = 200)
    void codesThatDoNotConvertStayUnconverted(@ForAll("values") BigDecimal value) {
        assertThat(Ucum.convert(value, "mg/dL", "U/L")).isEmpty();
        assertThat(Ucum.convert(value, "not a unit", "g/L")).isEmpty();
        assertThat(Ucum.convert(value, "", "g/L")).isEmpty();
    }

    @Provide
    Arbitrary<String[]> pairs() {
        List<String[]> pairs = new ArrayList<>();
        for (Analyte analyte : Analyte.values()) {
            for (String unit : analyte.acceptedUnits()) {
                if (Ucum.convertByService(BigDecimal.ONE, unit, analyte.standardUnit())
                        .isPresent()) {
                    pairs.add(new String[] {unit, analyte.standardUnit()});
                } else {
                    pairs.add(new String[] {unit, "mol/L"});
                    pairs.add(new String[] {"g/L", analyte.standardUnit()});
                }
            }
        }
        return Arbitraries.of(pairs);
    }

    @Provide
    Arbitrary<BigDecimal> values() {
        return Arbitraries.bigDecimals()
                .between(new BigDecimal("0.001"), new BigDecimal("100000"))
                .ofScale(3);
    }
}
