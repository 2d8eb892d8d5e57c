package io.isoledger.bench;

import static org.assertj.core.api.Assertions.assertThat;

import io.isoledger.domain.Decider;
import io.isoledger.domain.Decision;
import io.isoledger.domain.Evolver;
import io.isoledger.domain.PatientState;
import io.isoledger.domain.Policy;
import io.isoledger.domain.TreatmentStatus;
import io.isoledger.domain.command.DispensePrescription;
import io.isoledger.domain.command.IssuePrescription;
import io.isoledger.domain.event.Event;
import io.isoledger.domain.event.PrescriptionDispensed;
import io.isoledger.domain.event.PrescriptionIssued;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The benchmark's seeded patients are what the decider would have appended: each folds, and the
 * prescription and its dispensing of a patient in treatment are exactly what the decider decides for
 * the same commands at that point of the patient's history, under the default policy.
 */
class SeededCourseTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 30);
    private static final Policy POLICY = Policy.jpClinic();

    @Test
    void everySeededPatient_hasItsEvents_andOneInFiveIsInTreatment() {
        int treated = 0;
        for (int n = 1; n <= 50; n++) {
            List<Event> events = SeededCourse.events(n, TODAY);
            assertThat(events).hasSize(SeededCourse.EVENTS_PER_PATIENT);
            PatientState state = Evolver.evolveAll(PatientState.initial(SeededCourse.patientId(n)), events);
            if (state.status() == TreatmentStatus.IN_TREATMENT) {
                treated++;
            }
        }
        assertThat(treated).isEqualTo(50 / SeededCourse.TREATED_ONE_IN);
    }

    @Test
    void aTreatedPatientsSupply_isWhatTheDeciderIssuesAndDispenses() {
        for (int n = SeededCourse.TREATED_ONE_IN;
                n <= 7 * SeededCourse.TREATED_ONE_IN;
                n += SeededCourse.TREATED_ONE_IN) {
            String patientId = SeededCourse.patientId(n);
            List<Event> events = SeededCourse.events(n, TODAY);
            int issuedAt = indexOf(events, PrescriptionIssued.class);
            PrescriptionIssued issued = (PrescriptionIssued) events.get(issuedAt);
            PatientState before = Evolver.evolveAll(PatientState.initial(patientId), events.subList(0, issuedAt));
            Decision issue = Decider.decide(
                    new IssuePrescription(
                            patientId,
                            issued.prescriptionId(),
                            issued.strengthMg(),
                            issued.capsulesPerDay(),
                            issued.daysSupply(),
                            issued.startsOn(),
                            issued.issuedOn(),
                            issued.prescriberId()),
                    before,
                    POLICY);
            assertThat(issue).isEqualTo(new Decision.Accepted(List.of(issued)));

            PrescriptionDispensed dispensed = (PrescriptionDispensed) events.get(issuedAt + 1);
            PatientState issuedState = Evolver.evolve(before, issued);
            Decision dispense = Decider.decide(
                    new DispensePrescription(
                            patientId,
                            dispensed.prescriptionId(),
                            dispensed.dispensedOn(),
                            dispensed.pharmacyId(),
                            dispensed.quantity()),
                    issuedState,
                    POLICY);
            assertThat(dispense).isEqualTo(new Decision.Accepted(List.of(dispensed)));
            // Its supply runs out within the next three to nine days: the worklist's seven hold most.
            assertThat(issued.endsOn()).isBetween(TODAY.plusDays(3), TODAY.plusDays(9));
        }
    }

    private static int indexOf(List<Event> events, Class<? extends Event> type) {
        for (int i = 0; i < events.size(); i++) {
            if (type.isInstance(events.get(i))) {
                return i;
            }
        }
        throw new AssertionError("no " + type.getSimpleName());
    }
}
