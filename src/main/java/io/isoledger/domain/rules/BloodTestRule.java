package io.isoledger.domain.rules;

import io.isoledger.domain.Analyte;
import io.isoledger.domain.Command.IssuePrescription;
import io.isoledger.domain.PatientState;
import io.isoledger.domain.PatientState.IssuedPrescription;
import io.isoledger.domain.Policy;
import io.isoledger.domain.Policy.BloodTestCadence;
import io.isoledger.domain.TreatmentStatus;
import io.isoledger.domain.Violation;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * R2: ALT and triglycerides sampled within the policy window before the prescription; where the
 * policy asks for a test before every prescription, sampled after the previous one was issued.
 */
final class BloodTestRule implements PrescriptionRule {

    private static final List<Analyte> REQUIRED = List.of(Analyte.ALT, Analyte.TRIGLYCERIDES);

    @Override
    public String id() {
        return "R2";
    }

    @Override
    public String summary() {
        return "ALT and triglycerides sampled within the policy window, and after the previous prescription where the policy says every prescription";
    }

    @Override
    public List<Violation> check(IssuePrescription prescription, PatientState patient, Policy policy) {
        Optional<IssuedPrescription> previous = patient.lastPrescription();
        boolean firstOfCourse = patient.status() != TreatmentStatus.IN_TREATMENT;
        if (!firstOfCourse && policy.bloodTestRequiredBefore() == BloodTestCadence.FIRST_PRESCRIPTION) {
            return List.of();
        }
        LocalDate issuedOn = prescription.issuedOn();
        LocalDate earliest = issuedOn.minusDays(policy.bloodTestMaxAgeDays());
        // Seed: "before starting and at every additional prescription" - a test that already
        // served the previous prescription does not count again.
        LocalDate notOnOrBefore = previous.map(IssuedPrescription::issuedOn).orElse(LocalDate.MIN);
        List<Analyte> missing = new ArrayList<>();
        for (Analyte analyte : REQUIRED) {
            boolean sampled = patient.bloodTests().stream()
                    .filter(t -> t.analytes().contains(analyte))
                    .map(PatientState.SampledTest::sampledOn)
                    .anyMatch(d -> !d.isBefore(earliest) && !d.isAfter(issuedOn) && d.isAfter(notOnOrBefore));
            if (!sampled) {
                missing.add(analyte);
            }
        }
        if (missing.isEmpty()) {
            return List.of();
        }
        String since = previous.map(p -> " and after the previous prescription of " + p.issuedOn())
                .orElse("");
        return List.of(violation("No " + join(missing) + " result sampled within " + policy.bloodTestMaxAgeDays()
                + " days before " + issuedOn + since + "."));
    }

    private static String join(List<Analyte> analytes) {
        return String.join(" or ", analytes.stream().map(Enum::name).toList());
    }
}
