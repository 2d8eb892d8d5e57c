package io.isoledger.domain;

/** The lab analytes IsoLedger knows, with their LOINC codes where one applies. */
public enum Analyte {
    ALT("1742-6"),
    AST("1920-8"),
    TRIGLYCERIDES("2571-8"),
    TOTAL_CHOLESTEROL("2093-3"),
    LDL(null),
    HDL(null),
    HCG("2106-3");

    private final String loinc;

    Analyte(String loinc) {
        this.loinc = loinc;
    }

    /** The LOINC code, or {@code null} where the catalogue names none. */
    public String loinc() {
        return loinc;
    }
}
