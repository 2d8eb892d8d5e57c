package io.isoledger.domain.rules;

import io.isoledger.domain.PatientState;
import io.isoledger.domain.Policy;
import io.isoledger.domain.Policy.DispensingWindowFrom;
import io.isoledger.domain.Violation;
import io.isoledger.domain.command.DispensePrescription;
import io.isoledger.domain.command.IssuePrescription;
import io.isoledger.domain.prescribing.Supply;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * The hand-over of a supply, decided like a prescription on the day it happens: within the
 * policy's dispensing window (R22), no more capsules than prescribed (R23), and again a negative
 * pregnancy test in its window (R4) and no open blocking alert (R8) on that day.
 */
public final class DispensingRules {

    public static final String WINDOW = "R22";
    public static final String QUANTITY = "R23";
    static final String WINDOW_SUMMARY = "a prescription is dispensed no earlier than it is issued and within the"
            + " policy's window (from the issue, or from the pregnancy test it rests on); undispensed after it, it"
            + " expires and no longer counts as supply in hand (R15, R17)";
    static final String QUANTITY_SUMMARY = "at most the capsules prescribed are dispensed, once; R4 and R8 are"
            + " judged again on the day of dispensing";

    private DispensingRules() {}

    /**
     * R22: the last day a prescription issued now may be dispensed. iPLEDGE counts 7 days from the
     * sample of the pregnancy test it rests on, for a patient who can become pregnant.
     */
    public static LocalDate dispenseBy(IssuePrescription rx, PatientState patient, Policy policy) {
        if (policy.dispensingWindowFrom() == DispensingWindowFrom.PREGNANCY_TEST) {
            if (!patient.canBecomePregnantOn(rx.startsOn())) {
                return rx.issuedOn().plusDays(policy.dispensingWindowDaysWithoutPregnancyTest());
            }
            LocalDate test = patient.pregnancyResults()
                    .latestNegativeTestBetween(LocalDate.MIN, rx.issuedOn())
                    .orElse(rx.issuedOn());
            return test.plusDays(policy.dispensingWindowDays());
        }
        return rx.issuedOn().plusDays(policy.dispensingWindowDays());
    }

    public static List<Violation> check(DispensePrescription c, Supply supply, PatientState patient, Policy policy) {
        List<Violation> violations = new ArrayList<>();
        LocalDate day = c.dispensedOn();
        if (supply.status() == Supply.Status.EXPIRED) {
            violations.add(
                    new Violation(WINDOW, "The prescription expired undispensed after " + supply.dispenseBy() + "."));
        } else if (day.isBefore(supply.issuedOn())) {
            violations.add(new Violation(
                    WINDOW,
                    "Dispensed on " + day + ", before the prescription was issued (" + supply.issuedOn() + ")."));
        } else if (supply.dispenseBy() != null && day.isAfter(supply.dispenseBy())) {
            violations.add(new Violation(
                    WINDOW,
                    "The dispensing window closed on " + supply.dispenseBy() + "; the prescription has expired."));
        }
        if (c.quantity() < 1 || c.quantity() > supply.capsules()) {
            violations.add(new Violation(
                    QUANTITY,
                    c.quantity() + " capsules: from 1 to the " + supply.capsules() + " prescribed may be dispensed."));
        }
        violations.addAll(PregnancyTestRule.onDay(patient, policy, day));
        violations.addAll(OpenAlertRule.of(patient));
        violations.sort(
                java.util.Comparator.comparingInt(v -> Integer.parseInt(v.rule().substring(1))));
        return violations;
    }
}
