package io.isoledger.domain.rules;

import io.isoledger.domain.Command.IssuePrescription;
import io.isoledger.domain.DrugClass;
import io.isoledger.domain.PatientState;
import io.isoledger.domain.PatientState.Medication;
import io.isoledger.domain.Policy;
import io.isoledger.domain.Violation;
import java.util.List;

/** R6: no active tetracycline: together with isotretinoin it risks intracranial hypertension. */
final class TetracyclineRule implements PrescriptionRule {

    @Override
    public String id() {
        return "R6";
    }

    @Override
    public String summary() {
        return "no active tetracycline (minocycline, doxycycline, ...)";
    }

    @Override
    public List<Violation> check(IssuePrescription prescription, PatientState patient, Policy policy) {
        return patient.medications().stream()
                .filter(m -> m.drugClass() == DrugClass.TETRACYCLINE && m.activeOn(prescription.startsOn()))
                .map(Medication::name)
                .map(name -> violation("Tetracycline " + name + " is active; stop it before isotretinoin."))
                .toList();
    }
}
