package io.isoledger.analytics;

/** The daily dose a side effect was reported under: that of the patient's latest prescription. */
enum DoseBand {
    NONE("NONE"),
    UP_TO_20_MG("≤20 mg"),
    FROM_21_TO_40_MG("21–40 mg"),
    OVER_40_MG(">40 mg");

    private final String label;

    DoseBand(String label) {
        this.label = label;
    }

    /** {@code null}: no prescription issued before the report. */
    static DoseBand of(Integer dailyDoseMg) {
        if (dailyDoseMg == null) {
            return NONE;
        }
        if (dailyDoseMg <= 20) {
            return UP_TO_20_MG;
        }
        return dailyDoseMg <= 40 ? FROM_21_TO_40_MG : OVER_40_MG;
    }

    String label() {
        return label;
    }
}
