package io.isoledger.analyticsfeed;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What the feed keeps of one patient to band the facts it publishes: the birth date, the weights by
 * the day they were measured, the courses and the alerts raised. It is folded from the patient's
 * events in stream order, so a record says what IsoLedger knew when its event was recorded: a weight
 * typed in later does not change a record already written.
 */
final class PatientHistory {

    /** An alert as the feed names it: by the stream sequence of the event that raised it. */
    record RaisedAlert(long sequence, String rule) {}

    /** A clinical date's treatment: the course on it, and the dose bands of that day. */
    record OnTreatment(Integer course, String dailyDoseMgBand, String cumulativeDoseMgPerKgBand) {}

    private record Weight(LocalDate measuredOn, BigDecimal kg) {}

    private LocalDate birthDate;
    private final List<Weight> weights = new ArrayList<>();
    private final List<CourseHistory> courses = new ArrayList<>();
    private final Map<String, RaisedAlert> alerts = new HashMap<>();

    void enrolled(LocalDate birthDate, BigDecimal weightKg, LocalDate enrolledOn) {
        this.birthDate = birthDate;
        weighed(weightKg, enrolledOn);
    }

    void weighed(BigDecimal kg, LocalDate measuredOn) {
        weights.add(new Weight(measuredOn, kg));
    }

    String ageBandOn(LocalDate day) {
        return Bands.ageBand(birthDate, day);
    }

    /** The course a new supply belongs to: the open one, or a new one after an end (or a lapse). */
    CourseHistory courseFor(LocalDate supplyStartsOn) {
        if (courses.isEmpty() || last().ended()) {
            courses.add(new CourseHistory(courses.size() + 1, supplyStartsOn));
        }
        return last();
    }

    /** The course an end closes; empty if none is open. */
    Optional<CourseHistory> openCourse() {
        return courses.isEmpty() || last().ended() ? Optional.empty() : Optional.of(last());
    }

    void alertRaised(String alertId, long sequence, String rule) {
        alerts.put(alertId, new RaisedAlert(sequence, rule));
    }

    Optional<RaisedAlert> alert(String alertId) {
        return Optional.ofNullable(alerts.get(alertId));
    }

    /**
     * The treatment on {@code day}: the latest course begun by then (also after its end: an effect
     * after treatment belongs to it), the dose supplied for that day, and the course's cumulative
     * dose by then per kg of the weight in force that day.
     */
    OnTreatment on(LocalDate day) {
        CourseHistory course = null;
        for (CourseHistory c : courses) {
            if (!c.startedOn().isAfter(day)) {
                course = c;
            }
        }
        if (course == null) {
            return new OnTreatment(null, null, null);
        }
        return new OnTreatment(
                course.number(),
                Bands.dailyDoseMg(course.dailyDoseOn(day).orElse(null)),
                Bands.cumulativeMgPerKg(mgPerKg(course.mgTakenBy(day), day)));
    }

    private BigDecimal mgPerKg(long mg, LocalDate day) {
        return weightOn(day)
                .filter(kg -> kg.signum() > 0)
                .map(kg -> BigDecimal.valueOf(mg).divide(kg, 2, RoundingMode.HALF_UP))
                .orElse(null);
    }

    /**
     * The latest weight measured on or before the day (of one day, the one recorded last), as the
     * rules read it; for a day before every weight, the first one measured.
     */
    private Optional<BigDecimal> weightOn(LocalDate day) {
        Weight inForce = null;
        for (Weight w : weights) {
            if (!w.measuredOn().isAfter(day)
                    && (inForce == null || !w.measuredOn().isBefore(inForce.measuredOn()))) {
                inForce = w;
            }
        }
        if (inForce == null) {
            for (Weight w : weights) {
                if (inForce == null || w.measuredOn().isBefore(inForce.measuredOn())) {
                    inForce = w;
                }
            }
        }
        return Optional.ofNullable(inForce).map(Weight::kg);
    }

    private CourseHistory last() {
        return courses.get(courses.size() - 1);
    }
}
