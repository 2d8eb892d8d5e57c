package io.isoledger.domain;

import static io.isoledger.domain.FactOrderIndependenceProperties.ENROLLED;
import static io.isoledger.domain.FactOrderIndependenceProperties.ISSUE;
import static io.isoledger.domain.Fixtures.CLINICIAN;
import static io.isoledger.domain.Fixtures.PATIENT;

import io.isoledger.domain.command.ChangeReproductivePotential;
import io.isoledger.domain.command.Command;
import io.isoledger.domain.command.DeclareReproductiveStatus;
import io.isoledger.domain.command.RecordConcomitantMedication;
import io.isoledger.domain.command.RecordPregnancyTest;
import io.isoledger.domain.command.RecordWeight;
import io.isoledger.domain.event.Event;
import io.isoledger.domain.event.PatientEnrolled;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;

/**
 * Random dated facts within about a year before {@link FactOrderIndependenceProperties#ISSUE}, no
 * two of one kind on the same date (the entry order would rightly break such a tie).
 */
final class FactGenerators {

    private FactGenerators() {}

    /** Enrolment, a blood test three days before the issue date, and 0-3 consecutive 30-day supplies. */
    static Arbitrary<List<Event>> fixedHistory() {
        Arbitrary<Boolean> canBecomePregnant = Arbitraries.of(true, false);
        Arbitrary<Integer> firstStart = Arbitraries.integers().between(31, 330);
        Arbitrary<Integer> supplies = Arbitraries.integers().between(0, 3);
        Arbitrary<Boolean> ended = Arbitraries.of(true, false);
        return Combinators.combine(canBecomePregnant, firstStart, supplies, ended)
                .as((able, start, count, end) -> {
                    List<Event> events = new ArrayList<>();
                    events.add(new PatientEnrolled(
                            PATIENT, Sex.FEMALE, Fixtures.BIRTH_DATE, new BigDecimal("60"), able, ENROLLED));
                    events.add(Fixtures.bloodTest(ISSUE.minusDays(3)));
                    LocalDate day = ISSUE.minusDays(start);
                    for (int i = 0; i < count; i++) {
                        events.add(new Rx("rx-" + i, 20, 2, 30, day, day).issued());
                        day = day.plusDays(30);
                    }
                    if (count > 0 && end && day.minusDays(1).isBefore(ISSUE)) {
                        events.add(Fixtures.ended(day.minusDays(1)));
                    }
                    return events;
                });
    }

    static Arbitrary<List<Command>> facts() {
        return Combinators.combine(
                        weights(),
                        statuses(),
                        potential(),
                        pregnancyTests(),
                        ContraceptionGenerators.confirmations(),
                        ContraceptionGenerators.stops(),
                        medications())
                .as((w, s, p, t, c, st, m) -> {
                    List<Command> all = new ArrayList<>();
                    List.of(w, s, p, t, c, st, m).forEach(all::addAll);
                    return all;
                });
    }

    /** Days before the issue date: half of them in the last two weeks, where the rules look. */
    static Arbitrary<Integer> daysBefore() {
        return Arbitraries.oneOf(
                Arbitraries.integers().between(0, 14), Arbitraries.integers().between(0, 365));
    }

    private static Arbitrary<List<RecordWeight>> weights() {
        return Combinators.combine(daysBefore(), Arbitraries.integers().between(35, 90))
                .as((d, kg) -> new RecordWeight(PATIENT, BigDecimal.valueOf(kg), ISSUE.minusDays(d)))
                .list()
                .ofMaxSize(4)
                .uniqueElements(RecordWeight::measuredOn);
    }

    private static Arbitrary<List<DeclareReproductiveStatus>> statuses() {
        return Combinators.combine(daysBefore(), Arbitraries.of(ReproductiveStatus.class))
                .as((d, status) -> new DeclareReproductiveStatus(PATIENT, status, ISSUE.minusDays(d)))
                .list()
                .ofMaxSize(3)
                .uniqueElements(DeclareReproductiveStatus::declaredOn);
    }

    private static Arbitrary<List<ChangeReproductivePotential>> potential() {
        return Combinators.combine(daysBefore(), Arbitraries.of(true, false))
                .as((d, able) -> new ChangeReproductivePotential(
                        PATIENT, able, ISSUE.minusDays(d), PotentialChangeReason.OTHER, CLINICIAN))
                .list()
                .ofMaxSize(2)
                .uniqueElements(ChangeReproductivePotential::changedOn);
    }

    private static Arbitrary<List<RecordPregnancyTest>> pregnancyTests() {
        return Combinators.combine(daysBefore(), Arbitraries.of(PregnancyTestResult.class))
                .as((d, result) ->
                        new RecordPregnancyTest(PATIENT, ISSUE.minusDays(d), result, PregnancyTestMethod.URINE))
                .list()
                .ofMaxSize(4)
                .uniqueElements(RecordPregnancyTest::sampledOn);
    }

    /** Names differ in case for the same drug: a stop of one ends the other (R6, R19). */
    private static final List<Object[]> DRUGS = List.of(
            new Object[] {"minocycline", DrugClass.TETRACYCLINE},
            new Object[] {"Minocycline", DrugClass.TETRACYCLINE},
            new Object[] {"doxycycline", DrugClass.TETRACYCLINE},
            new Object[] {"retinol", DrugClass.VITAMIN_A},
            new Object[] {"ibuprofen", DrugClass.OTHER});

    private static Arbitrary<List<RecordConcomitantMedication>> medications() {
        Arbitrary<Integer> takenFor =
                Arbitraries.oneOf(Arbitraries.just(-1), Arbitraries.integers().between(0, 90));
        return Combinators.combine(Arbitraries.of(DRUGS), daysBefore(), takenFor)
                .as((drug, d, days) -> {
                    LocalDate started = ISSUE.minusDays(d);
                    LocalDate stopped = days < 0 ? null : min(started.plusDays(days), ISSUE);
                    return new RecordConcomitantMedication(
                            PATIENT, (String) drug[0], (DrugClass) drug[1], started, stopped);
                })
                .list()
                .ofMaxSize(3)
                .uniqueElements(RecordConcomitantMedication::startedOn);
    }

    private static LocalDate min(LocalDate a, LocalDate b) {
        return a.isBefore(b) ? a : b;
    }
}
