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
import io.isoledger.domain.event.SideEffectReported;
import io.isoledger.domain.event.WeightRecorded;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * The {@value #EVENTS_PER_PATIENT} events of one seeded patient, consistent as the decider would have
 * appended them: the enrolment, contraception, a negative pregnancy test, blood tests, four weights and
 * two side effects that raise no alert. Their sequences are 1 to {@value #EVENTS_PER_PATIENT}.
 */
final class SeededCourse {

    static final int EVENTS_PER_PATIENT = 10;

    private SeededCourse() {}

    static String patientId(int n) {
        return String.format("S-%07d", n);
    }

    static List<Event> events(String patientId, LocalDate today) {
        List<Event> events = new ArrayList<>(EVENTS_PER_PATIENT);
        BigDecimal weight = new BigDecimal("58.5");
        events.add(new PatientEnrolled(
                patientId, Sex.FEMALE, LocalDate.of(2001, 4, 2), weight, true, today.minusDays(60)));
        events.add(new ContraceptionConfirmed(
                patientId,
                Set.of(ContraceptionMethod.IUD, ContraceptionMethod.CONDOM),
                today.minusDays(50),
                today.minusDays(50)));
        events.add(new PregnancyTestRecorded(
                patientId, today.minusDays(5), PregnancyTestResult.NEGATIVE, PregnancyTestMethod.URINE));
        events.add(new BloodTestRecorded(
                patientId,
                today.minusDays(5),
                true,
                List.of(
                        LabResult.inStandardUnit(Analyte.ALT, new BigDecimal("21"), new BigDecimal("40")),
                        LabResult.inStandardUnit(Analyte.TRIGLYCERIDES, new BigDecimal("130"), null))));
        for (int week = 0; week < 4; week++) {
            events.add(new WeightRecorded(
                    patientId,
                    weight.add(new BigDecimal("0.1").multiply(BigDecimal.valueOf(week))),
                    today.minusDays(40 - 7L * week)));
        }
        for (int report = 0; report < 2; report++) {
            events.add(new SideEffectReported(
                    patientId,
                    SideEffectTerm.DRY_LIPS,
                    1,
                    today.minusDays(4 - report),
                    Reporter.PATIENT,
                    "cracked",
                    false));
        }
        return events;
    }
}
