package io.isoledger.domain;

/** The side-effect code list of the rule catalogue (our own: MedDRA is licensed). */
public enum SideEffectTerm {
    DRY_LIPS,
    DRY_SKIN,
    DRY_EYES,
    DRUG_ERUPTION,
    HEADACHE,
    DIZZINESS,
    NAUSEA,
    NIGHT_VISION_DECREASED,
    PHOTOSENSITIVITY,
    ACNE_FLARE,
    NOSEBLEED,
    MUSCLE_PAIN,
    MOOD_CHANGE,
    DEPRESSION,
    SUICIDAL_IDEATION,
    INTRACRANIAL_HYPERTENSION,
    PANCREATITIS,
    LIVER_INJURY,
    OTHER
}
