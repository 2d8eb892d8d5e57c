package io.isoledger.domain;

import static org.assertj.core.api.Assertions.assertThat;

import io.isoledger.domain.Decision.Accepted;
import io.isoledger.domain.Decision.Rejected;
import io.isoledger.domain.Policy.Profile;
import io.isoledger.domain.command.Command;
import io.isoledger.domain.command.IssuePrescription;
import io.isoledger.domain.command.ResolveAlert;
import io.isoledger.domain.event.Event;
import io.isoledger.domain.event.SafetyAlertRaised;
import io.isoledger.domain.rules.HarmSignals;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.statistics.Statistics;

/**
 * Facts take effect by their clinical date, so the order in which a set of dated facts is entered
 * must not change what is in force on any day, nor how a prescription is decided. Each fact is
 * decided and folded as the service does; the prescriptions of the history are fixed before them.
 * The generators are in {@link FactGenerators}.
 *
 * <p>Alerts are raised when a sign of harm becomes known and never withdrawn, so which alerts a set
 * of facts raises can depend on the order (a pregnancy typed in before the entry that ended it
 * raises one; typed in after it, none). What holds in any order: every sign the facts hold at the
 * end has raised its alert, and once a clinician reviewed the alerts the decision is the same.
 */
class FactOrderIndependenceProperties {

    static final LocalDate ISSUE = LocalDate.of(2026, 11, 25);
    static final LocalDate ENROLLED = ISSUE.minusDays(400);

    /** A patient's fixed history, the facts to enter in two orders, and the profile in force. */
    record Entered(Profile profile, List<Event> fixed, List<Command> firstOrder, List<Command> secondOrder) {}

    @Property(tries = 200)
    void theSameFactsInAnyOrder_giveTheSameFactsInForceOnEveryDay(@ForAll("entered") Entered e) {
        PatientState first = fold(e, e.firstOrder());
        PatientState second = fold(e, e.secondOrder());
        for (LocalDate day = ENROLLED.minusDays(10); !day.isAfter(ISSUE.plusDays(10)); day = day.plusDays(1)) {
            assertThat(inForce(second, day)).as("in force on %s", day).isEqualTo(inForce(first, day));
        }
    }

    @Property(tries = 200)
    void theSameFactsInAnyOrder_giveTheSameDecisionOnAPrescription(@ForAll("entered") Entered e) {
        var rx = new IssuePrescription(Fixtures.PATIENT, "rx-new", 20, 2, 30, ISSUE, ISSUE, Fixtures.PRESCRIBER);
        Policy policy = e.profile().policy();
        Decision first = Decider.decide(rx, reviewed(fold(e, e.firstOrder()), policy), policy);
        Decision second = Decider.decide(rx, reviewed(fold(e, e.secondOrder()), policy), policy);

        Statistics.collect(first instanceof Accepted ? "accepted" : "rejected");
        assertThat(outcome(second)).isEqualTo(outcome(first));
    }

    @Property(tries = 200)
    void everySignOfHarmTheFactsHold_hasRaisedAnAlert_inAnyOrder(@ForAll("entered") Entered e) {
        Policy policy = e.profile().policy();
        for (List<Command> order : List.of(e.firstOrder(), e.secondOrder())) {
            PatientState state = fold(e, order);
            Map<String, Long> alerts = byKind(state.alerts().stream().map(PatientState.Alert::rule));
            Map<String, Long> signs = byKind(
                    HarmSignals.of(state, policy).stream().map(s -> s.finding().rule()));
            signs.forEach((kind, count) -> assertThat(alerts.getOrDefault(kind, 0L))
                    .as("%s alerts raised for %s signs held at the end", kind, count)
                    .isGreaterThanOrEqualTo(count));
        }
    }

    /**
     * Alerts and signs counted by rule. A positive pregnancy result's alert is R18 or R4 by what was
     * known when it was raised (a negative test entered later can show it stood only before the
     * course), so the two count as one kind.
     */
    private static Map<String, Long> byKind(Stream<String> rules) {
        return rules.map(rule -> rule.equals("R4") ? "R18" : rule)
                .collect(Collectors.groupingBy(Function.identity(), Collectors.counting()));
    }

    /** The profile, the fixed history and the facts, before they are put in two orders. */
    private record Generated(Profile profile, List<Event> fixed, List<Command> facts) {}

    @Provide
    Arbitrary<Entered> entered() {
        return Combinators.combine(Arbitraries.of(Profile.class), FactGenerators.fixedHistory(), FactGenerators.facts())
                .as(Generated::new)
                .flatMap(g -> Combinators.combine(Arbitraries.shuffle(g.facts()), Arbitraries.shuffle(g.facts()))
                        .as((a, b) -> new Entered(g.profile(), g.fixed(), a, b)));
    }

    /** The patient after a clinician resolved every open alert. */
    private static PatientState reviewed(PatientState state, Policy policy) {
        PatientState current = state;
        for (PatientState.Alert alert : state.alerts()) {
            if (alert.open()) {
                var resolve = new ResolveAlert(Fixtures.PATIENT, alert.alertId(), Fixtures.CLINICIAN, "seen", ISSUE);
                current = Evolver.evolveAll(current, ((Accepted) Decider.decide(resolve, current, policy)).events());
            }
        }
        return current;
    }

    /** The fixed history, then each fact decided (always accepted) and its events folded in. */
    private static PatientState fold(Entered e, List<Command> facts) {
        PatientState state = Evolver.evolveAll(PatientState.initial(Fixtures.PATIENT), e.fixed());
        for (Command fact : facts) {
            Decision decision = Decider.decide(fact, state, e.profile().policy());
            assertThat(decision).as("decision on %s", fact).isInstanceOf(Accepted.class);
            state = Evolver.evolveAll(state, ((Accepted) decision).events());
        }
        return state;
    }

    /** Everything a rule reads of the facts on {@code day}, without the entry sequences. */
    private static List<Object> inForce(PatientState s, LocalDate day) {
        List<String> medications = s.medications().intervals().stream()
                .filter(i -> i.overlaps(day, day))
                .map(i -> i.name().toLowerCase(Locale.ROOT) + "/" + i.drugClass() + " to " + i.to())
                .sorted()
                .toList();
        return List.of(
                s.weightOn(day),
                s.reproductiveStatusOn(day).map(Object::toString).orElse("-"),
                s.canBecomePregnantOn(day),
                s.contraception().inForceOn(day),
                s.contraception().inForceOnSince(day, day.minusDays(30)),
                s.contraception().inForceOnConfirmedSince(day, day.minusDays(30)),
                medications,
                s.pregnancyResults()
                        .unclearedPositiveOn(day)
                        .map(r -> r.sampledOn() + " " + r.source())
                        .orElse("-"));
    }

    /** Accepted with its events (alerts by rule alone), or rejected with the sorted set of rules broken. */
    private static Object outcome(Decision decision) {
        if (decision instanceof Rejected rejected) {
            return "rejected " + rejected.reason() + " "
                    + rejected.violations().stream()
                            .map(Violation::rule)
                            .distinct()
                            .sorted()
                            .toList();
        }
        List<Object> events = new ArrayList<>();
        for (Event event : ((Accepted) decision).events()) {
            events.add(event instanceof SafetyAlertRaised a ? "alert " + a.rule() + " " + a.blocking() : event);
        }
        return events;
    }
}
