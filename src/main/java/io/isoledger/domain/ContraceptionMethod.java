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
    OTHER;

    /** Methods that do not depend on the user: one of them suffices under eu-ppp (R5). */
    public boolean highlyEffective() {
        return this == IUD || this == IMPLANT || this == STERILIZATION;
    }
}
