package io.isoledger.domain.rules;

import io.isoledger.domain.Analyte;
import io.isoledger.domain.Policy.BloodTestCadence;
import io.isoledger.domain.Violation;
import io.isoledger.domain.prescribing.Supply;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * R2: ALT and triglycerides sampled within the policy window before the prescription; where the
 * policy asks for a test before every prescription, sampled after the previous one of the course was
 * issued. A new course (R20) needs its baseline test under every policy.
 */
public final class BloodTestRule extends CatalogueRule {

    private static final List<Analyte> REQUIRED = List.of(Analyte.ALT, Analyte.TRIGLYCERIDES);

    public BloodTestRule() {
        super(
                "R2",
                "ALT and triglycerides sampled within the policy window, and after the previous prescription where"
                        + " the policy says every prescription; a new course needs them under every policy");
    }

    /** The days ALT and triglycerides must be sampled in for this prescription; empty when none is asked. */
    public static Optional<Window> window(Proposal p) {
        boolean everyPrescription = p.policy().bloodTestRequiredBefore() == BloodTestCadence.EVERY_PRESCRIPTION;
        if (!p.opensNewCourse() && !everyPrescription) {
            return Optional.empty();
        }
        LocalDate issuedOn = p.issuedOn();
        // Seed: "before starting and at every additional prescription": a test that already served
        // the previous prescription does not count again.
        LocalDate from = p.previousInCourse()
                .map(previous -> previous.issuedOn().plusDays(1))
                .filter(afterPrevious ->
                        afterPrevious.isAfter(issuedOn.minusDays(p.policy().bloodTestMaxAgeDays())))
                .orElse(issuedOn.minusDays(p.policy().bloodTestMaxAgeDays()));
        return Optional.of(new Window(from, issuedOn));
    }

    /** The analytes R2 asks for that no test sampled in the window has. */
    public static List<String> missing(Proposal p, Window window) {
        return REQUIRED.stream()
                .filter(analyte -> !p.patient().bloodTests().sampledBetween(analyte, window.from(), window.to()))
                .map(Enum::name)
                .toList();
    }

    @Override
    public List<Violation> check(Proposal p) {
        Optional<Window> window = window(p);
        if (window.isEmpty()) {
            return List.of();
        }
        LocalDate issuedOn = p.issuedOn();
        List<String> missing = missing(p, window.get());
        if (missing.isEmpty()) {
            return List.of();
        }
        String since = p.previousInCourse()
                .map(Supply::issuedOn)
                .map(previous -> " and after the previous prescription of " + previous)
                .orElse("");
        return List.of(violation("No " + String.join(" or ", missing) + " result sampled within "
                + p.policy().bloodTestMaxAgeDays() + " days before " + issuedOn + since + "."));
    }
}
