package io.isoledger.domain.rules;

/** What is to be done about an open alert, by the rule that raised it: shown beside the alert. */
public final class AlertActions {

    private AlertActions() {}

    public static String of(String rule, boolean blocking) {
        return switch (rule) {
            case "R4" ->
                "No isotretinoin until a negative pregnancy test sampled after this result;"
                        + " a clinician reviews it.";
            case "R9" ->
                blocking
                        ? "Hold isotretinoin: a clinician reviews the lab results before any further prescription."
                        : "Repeat the lipid panel; consider diet and a lower dose.";
            case "R10" -> "Contact the patient: a clinician decides whether treatment goes on.";
            case "R12" -> "Reschedule the procedure to a date it is allowed.";
            case PregnancySignals.RULE -> PregnancySignals.ACTION;
            case InteractionSignals.RULE -> "Stop the interacting drug or isotretinoin: a clinician decides which.";
            default -> "A clinician reviews it.";
        };
    }
}
