package io.isoledger.domain;

/** Drug classes that matter next to isotretinoin; R6 blocks active tetracyclines. */
public enum DrugClass {
    TETRACYCLINE,
    VITAMIN_A,
    CORTICOSTEROID,
    PHENYTOIN,
    ST_JOHNS_WORT,
    HORMONAL_CONTRACEPTIVE,
    OTHER
}
