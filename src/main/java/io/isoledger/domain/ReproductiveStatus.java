package io.isoledger.domain;

/** Declared reproductive status; R3 blocks the first three. */
public enum ReproductiveStatus {
    PREGNANT,
    BREASTFEEDING,
    TRYING_TO_CONCEIVE,
    NONE;

    /** R3: no isotretinoin while pregnant, breastfeeding or trying to conceive. */
    public boolean excludesTreatment() {
        return this != NONE;
    }
}
