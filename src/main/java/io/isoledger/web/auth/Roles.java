package io.isoledger.web.auth;

/** The roles of the token's roles claim ({@link RolesClaim}), and what each may do. */
public final class Roles {

    /** Everything clinical: issues prescriptions, resolves alerts, ends treatment. */
    public static final String PRESCRIBER = "prescriber";
    /** Enrols, records tests, weights, contraception, side effects, procedures. */
    public static final String NURSE = "nurse";
    /** Reads prescriptions. */
    public static final String PHARMACIST = "pharmacist";
    /** Reports their own side effects and reads their own record, matched by the patient_id claim. */
    public static final String PATIENT = "patient";
    /** Reads analytics, never a patient's record. */
    public static final String ANALYST = "analyst";
    /** Operations: rebuilds, dead letters. */
    public static final String ADMIN = "admin";

    /** The claim that names the patient a {@link #PATIENT} token belongs to. */
    public static final String PATIENT_ID_CLAIM = "patient_id";

    private Roles() {}
}
