package io.isoledger.domain;

import static io.isoledger.domain.Fixtures.CONTRACEPTION_SINCE;
import static io.isoledger.domain.Fixtures.FRESH;

import io.isoledger.domain.event.BloodTestRecorded;
import io.isoledger.domain.event.ContraceptionConfirmed;
import io.isoledger.domain.event.Event;
import io.isoledger.domain.event.PatientEnrolled;
import io.isoledger.domain.event.PregnancyTestRecorded;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.stream.Stream;

/**
 * The history of a patient eligible for {@link Fixtures#rx()} under every profile: enrolled (able to
 * become pregnant), contraception since {@link Fixtures#CONTRACEPTION_SINCE} (R5), a negative
 * pregnancy test and ALT and triglycerides sampled on {@link Fixtures#FRESH} (R4, R2). A spec takes
 * out the one fact its rule needs, or appends later facts; a left-out fact is {@code null}.
 */
record PatientHistory(
        PatientEnrolled enrolment,
        ContraceptionConfirmed contraception,
        PregnancyTestRecorded pregnancyTest,
        BloodTestRecorded bloodTest,
        List<Event> later) {

    PatientHistory {
        later = List.copyOf(later);
    }

    static PatientHistory eligible() {
        return new PatientHistory(
                Fixtures.enrolled(),
                PregnancyPreventionFixtures.contraception(CONTRACEPTION_SINCE),
                PregnancyPreventionFixtures.negativePregnancyTest(FRESH),
                Fixtures.bloodTest(FRESH),
                List.of());
    }

    PatientHistory whoCannotBecomePregnant() {
        return new PatientHistory(Fixtures.enrolled(false), contraception, pregnancyTest, bloodTest, later);
    }

    PatientHistory withoutContraception() {
        return new PatientHistory(enrolment, null, pregnancyTest, bloodTest, later);
    }

    PatientHistory withoutPregnancyTest() {
        return new PatientHistory(enrolment, contraception, null, bloodTest, later);
    }

    PatientHistory withoutBloodTest() {
        return new PatientHistory(enrolment, contraception, pregnancyTest, null, later);
    }

    /** These facts appended, in this order, after everything already in the history. */
    PatientHistory and(Event... more) {
        return and(Arrays.asList(more));
    }

    PatientHistory and(List<Event> more) {
        List<Event> all = new ArrayList<>(later);
        all.addAll(more);
        return new PatientHistory(enrolment, contraception, pregnancyTest, bloodTest, all);
    }

    List<Event> events() {
        List<Event> events = new ArrayList<>();
        Stream.of(enrolment, contraception, pregnancyTest, bloodTest)
                .filter(Objects::nonNull)
                .forEach(events::add);
        events.addAll(later);
        return events;
    }
}
