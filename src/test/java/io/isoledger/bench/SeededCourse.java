package io.isoledger.bench;

import io.isoledger.domain.Analyte;
import io.isoledger.domain.ContraceptionMethod;
import io.isoledger.domain.LabResult;
import io.isoledger.domain.PregnancyTestMethod;
import io.isoledger.domain.PregnancyTestResult;
import io.isoledger.domain.Reporter;
import io.isoledger.domain.Sex;
import io.isoledger.domain.SideEffectTerm;
import io.isoledger.domain.event.BloodTestRecorded;
import io.isoledger.domain.event.ContraceptionConfirmed;
import io.isoledger.domain.event.Event;
import io.isoledger.domain.event.PatientEnrolled;
import io.isoledger.domain.event.PregnancyTestRecorded;
import io.isoledger.domain.event.PrescriptionDispensed;
import io.isoledger.domain.event.PrescriptionIssued;
import io.isoledger.domain.event.SideEffectReported;
import io.isoledger.domain.event.WeightRecorded;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * The {@value #EVENTS_PER_PATIENT} events of one seeded patient, consistent as the decider (under the
 * jp-clinic policy) would have appended them; their sequences are 1 to {@value #EVENTS_PER_PATIENT}.
 * Four patients in five are being prepared: the enrolment, contraception, a negative pregnancy test, a
 * blood test, four weights and two side effects that raise no alert. One in {@value #TREATED_ONE_IN}
 * is in treatment and on the clinician's worklist: the same tests three weeks back, then a 20 mg
 * supply issued and dispensed that runs out within the next three to nine days (a blood test falls
 * due before the next one), two weights and two side effects under that dose.
 */
final class SeededCourse {

    static final int EVENTS_PER_PATIENT = 10;
    static final int TREATED_ONE_IN = 5;

    private static final BigDecimal WEIGHT = new BigDecimal("58.5");
    private static final SideEffectTerm[] TERMS = {
        SideEffectTerm.DRY_LIPS, SideEffectTerm.DRY_SKIN, SideEffectTerm.DRY_EYES
    };

    private SeededCourse() {}

    static String patientId(int n) {
        return String.format("S-%07d", n);
    }

    static boolean treated(int n) {
        return n % TREATED_ONE_IN == 0;
    }

    static List<Event> events(int n, LocalDate today) {
        String patientId = patientId(n);
        List<Event> events = new ArrayList<>(EVENTS_PER_PATIENT);
        if (treated(n)) {
            inTreatment(patientId, n, today, events);
        } else {
            preparing(patientId, today, events);
        }
        // Side effects spread over the last two months and three terms, as the report counts them.
        for (int report = 0; report < 2; report++) {
            events.add(new SideEffectReported(
                    patientId,
                    TERMS[(n + report) % TERMS.length],
                    1,
                    today.minusDays(1 + (n + 17L * report) % 60),
                    Reporter.PATIENT,
                    "cracked",
                    false));
        }
        if (events.size() != EVENTS_PER_PATIENT) {
            throw new IllegalStateException(patientId + " was seeded " + events.size() + " events");
        }
        return events;
    }

    private static void preparing(String patientId, LocalDate today, List<Event> events) {
        events.add(enrolled(patientId, today.minusDays(60)));
        events.add(contraception(patientId, today.minusDays(50), today.minusDays(50)));
        tested(patientId, today.minusDays(5), events);
        for (int week = 0; week < 4; week++) {
            events.add(weighed(patientId, week, today.minusDays(40 - 7L * week)));
        }
    }

    /**
     * Contraception from 130 days back (confirmed again before the supply), tests the day before the
     * issue, a supply from 20 days back of 24 to 30 days, dispensed on its first day within R22's window.
     */
    private static void inTreatment(String patientId, int n, LocalDate today, List<Event> events) {
        LocalDate issued = today.minusDays(21);
        LocalDate starts = today.minusDays(20);
        int days = 24 + n / TREATED_ONE_IN % 7;
        events.add(enrolled(patientId, today.minusDays(140)));
        events.add(contraception(patientId, today.minusDays(130), today.minusDays(25)));
        tested(patientId, today.minusDays(22), events);
        events.add(new PrescriptionIssued(
                patientId,
                "RX-1",
                20,
                1,
                20,
                days,
                20 * days,
                starts,
                starts.plusDays(days - 1L),
                issued,
                "DR-7",
                issued.plusDays(7)));
        events.add(new PrescriptionDispensed(patientId, "RX-1", starts, "PH-1", days));
        events.add(weighed(patientId, 0, today.minusDays(40)));
        events.add(weighed(patientId, 1, today.minusDays(10)));
    }

    private static PatientEnrolled enrolled(String patientId, LocalDate on) {
        return new PatientEnrolled(patientId, Sex.FEMALE, LocalDate.of(2001, 4, 2), WEIGHT, true, on);
    }

    private static ContraceptionConfirmed contraception(String patientId, LocalDate startedOn, LocalDate confirmedOn) {
        return new ContraceptionConfirmed(
                patientId, Set.of(ContraceptionMethod.IUD, ContraceptionMethod.CONDOM), startedOn, confirmedOn);
    }

    private static void tested(String patientId, LocalDate sampledOn, List<Event> events) {
        events.add(new PregnancyTestRecorded(
                patientId, sampledOn, PregnancyTestResult.NEGATIVE, PregnancyTestMethod.URINE));
        events.add(new BloodTestRecorded(
                patientId,
                sampledOn,
                true,
                List.of(
                        LabResult.inStandardUnit(Analyte.ALT, new BigDecimal("21"), new BigDecimal("40")),
                        LabResult.inStandardUnit(Analyte.TRIGLYCERIDES, new BigDecimal("130"), null))));
    }

    private static WeightRecorded weighed(String patientId, int week, LocalDate on) {
        return new WeightRecorded(patientId, WEIGHT.add(new BigDecimal("0.1").multiply(BigDecimal.valueOf(week))), on);
    }
}
