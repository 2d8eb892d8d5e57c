package io.isoledger.domain;

/** Methods of contraception a patient can confirm (R5). */
public enum ContraceptionMethod {
    IUD,
    IMPLANT,
    ORAL_CONTRACEPTIVE,
    INJECTION,
    PATCH,
    VAGINAL_RING,
    CONDOM,
    DIAPHRAGM,
    STERILIZATION,
    ABSTINENCE,
    OTHER
}
