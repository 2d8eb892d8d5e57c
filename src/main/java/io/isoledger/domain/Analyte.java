package io.isoledger.domain;

import java.math.BigDecimal;
import java.util.List;

/**
 * The lab analytes IsoLedger knows: their LOINC codes where one applies, the unit the rules judge
 * them in, the units a lab may send them in (UCUM codes; R9), and for analytes measured by amount of
 * substance the molar mass that turns mmol/L into mass concentration.
 */
public enum Analyte {
    ALT("1742-6", "U/L", List.of("U/L", "ukat/L"), null),
    AST("1920-8", "U/L", List.of("U/L", "ukat/L"), null),
    TRIGLYCERIDES("2571-8", "mg/dL", List.of("mg/dL", "mmol/L", "g/L"), new BigDecimal("885.7")),
    TOTAL_CHOLESTEROL("2093-3", "mg/dL", List.of("mg/dL", "mmol/L", "g/L"), new BigDecimal("386.65")),
    LDL(null, "mg/dL", List.of("mg/dL", "mmol/L", "g/L"), new BigDecimal("386.65")),
    HDL(null, "mg/dL", List.of("mg/dL", "mmol/L", "g/L"), new BigDecimal("386.65")),
    HCG("2106-3", "m[IU]/mL", List.of("m[IU]/mL", "[IU]/L"), null);

    private final String loinc;
    private final String standardUnit;
    private final List<String> acceptedUnits;
    private final BigDecimal molarMassGramsPerMole;

    Analyte(String loinc, String standardUnit, List<String> acceptedUnits, BigDecimal molarMassGramsPerMole) {
        this.loinc = loinc;
        this.standardUnit = standardUnit;
        this.acceptedUnits = acceptedUnits;
        this.molarMassGramsPerMole = molarMassGramsPerMole;
    }

    /** The LOINC code, or {@code null} where the catalogue names none. */
    public String loinc() {
        return loinc;
    }

    /** The UCUM unit the rules' thresholds are in: results are converted to it first. */
    public String standardUnit() {
        return standardUnit;
    }

    /** The UCUM units a result may come in; any other is refused. */
    public List<String> acceptedUnits() {
        return acceptedUnits;
    }

    /**
     * The molar mass (g/mol) for converting an amount of substance (mmol/L) into a mass
     * concentration, or {@code null} for an analyte not measured that way. Triglycerides are taken
     * as triolein, cholesterol as itself: the conventions laboratories use.
     */
    public BigDecimal molarMassGramsPerMole() {
        return molarMassGramsPerMole;
    }
}
