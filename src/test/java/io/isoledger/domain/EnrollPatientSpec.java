package io.isoledger.domain;

import static io.isoledger.domain.DeciderScenario.given;
import static io.isoledger.domain.Fixtures.BIRTH_DATE;
import static io.isoledger.domain.Fixtures.ENROLLED_ON;
import static io.isoledger.domain.Fixtures.FRESH;
import static io.isoledger.domain.Fixtures.PATIENT;
import static io.isoledger.domain.Fixtures.WEIGHT_KG;
import static io.isoledger.domain.Fixtures.bloodTest;
import static io.isoledger.domain.Fixtures.enrolled;

import io.isoledger.domain.Decision.Rejection;
import io.isoledger.domain.command.EnrollPatient;
import io.isoledger.domain.event.PatientEnrolled;
import org.junit.jupiter.api.Test;

class EnrollPatientSpec {

    private static final EnrollPatient ENROL =
            new EnrollPatient(PATIENT, Sex.FEMALE, BIRTH_DATE, WEIGHT_KG, true, ENROLLED_ON);

    @Test
    void enrollPatient_enrolsThePatient_whenNotYetEnrolled() {
        given().when(ENROL).then(new PatientEnrolled(PATIENT, Sex.FEMALE, BIRTH_DATE, WEIGHT_KG, true, ENROLLED_ON));
    }

    @Test
    void enrollPatient_isRejectedAsAlreadyExists_whenThePatientIsEnrolled() {
        given(enrolled()).when(ENROL).thenRejected(Rejection.ALREADY_EXISTS);
    }

    @Test
    void enrollPatient_isRejectedAsAlreadyExists_whenThePatientHasFactsRecordedSinceEnrolment() {
        given(enrolled(), bloodTest(FRESH)).when(ENROL).thenRejected(Rejection.ALREADY_EXISTS);
    }
}
