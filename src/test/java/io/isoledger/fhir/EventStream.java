package io.isoledger.fhir;

import io.isoledger.domain.Sex;
import io.isoledger.domain.event.Event;
import io.isoledger.domain.event.PatientEnrolled;
import io.isoledger.domain.event.PrescriptionIssued;
import io.isoledger.history.PatientEvents.Recorded;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** A patient's events as the export reads them, made up by a test: sequence 1, 2, 3 ..., a second apart. */
final class EventStream {

    static final String P = "P-1";
    static final LocalDate D = LocalDate.of(2026, 3, 2);

    private final List<Recorded> events = new ArrayList<>();

    List<Recorded> events() {
        return List.copyOf(events);
    }

    void enrol() {
        record(new PatientEnrolled(P, Sex.FEMALE, LocalDate.of(2001, 4, 2), dec("58.5"), true, D.minusDays(60)));
    }

    Recorded record(Event event) {
        long sequence = events.size() + 1;
        Recorded recorded =
                new Recorded(sequence, Instant.parse("2026-03-01T00:00:00Z").plusSeconds(sequence), event);
        events.add(recorded);
        return recorded;
    }

    /** Issued on its first day, to be dispensed within 7 days. */
    static PrescriptionIssued prescription(String id, LocalDate startsOn, int days) {
        return new PrescriptionIssued(
                P,
                id,
                20,
                1,
                20,
                days,
                20 * days,
                startsOn,
                startsOn.plusDays(days - 1L),
                startsOn,
                "DR-7",
                startsOn.plusDays(7));
    }

    static BigDecimal dec(String value) {
        return new BigDecimal(value);
    }
}
