package io.isoledger.domain;

import static io.isoledger.domain.Fixtures.PATIENT;
import static io.isoledger.domain.PlanGenerators.TODAY;
import static io.isoledger.domain.PlanGenerators.daysBeforeToday;

import io.isoledger.domain.command.Command;
import io.isoledger.domain.command.DeclareReproductiveStatus;
import io.isoledger.domain.command.RecordConcomitantMedication;
import io.isoledger.domain.command.ReportSideEffect;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;

/** What may stand in a plan's way, for {@link PlanGenerators}: an alert (R8), an interacting drug (R6), a status (R3). */
final class PlanObstacleGenerators {

    private PlanObstacleGenerators() {}

    /** Maybe a side effect with a blocking alert (R10), a tetracycline (with a stop or not), a declared status. */
    static Arbitrary<List<Command>> obstacles() {
        Arbitrary<Optional<Command>> sideEffect = daysBeforeToday(60)
                .map(day -> (Command)
                        new ReportSideEffect(PATIENT, SideEffectTerm.DEPRESSION, 2, day, Reporter.PATIENT, "low mood"))
                .optional(0.25);
        Arbitrary<Optional<Command>> drug = Combinators.combine(
                        daysBeforeToday(90),
                        Arbitraries.integers().between(-30, 20),
                        Arbitraries.of(true, true, true, false))
                .as((started, stopIn, stops) -> {
                    LocalDate stop = TODAY.plusDays(stopIn);
                    return (Command) new RecordConcomitantMedication(
                            PATIENT,
                            "doxycycline",
                            DrugClass.TETRACYCLINE,
                            started,
                            stops ? (stop.isBefore(started) ? started : stop) : null);
                })
                .optional(0.3);
        Arbitrary<Optional<Command>> status = Combinators.combine(
                        daysBeforeToday(60), Arbitraries.of(ReproductiveStatus.class))
                .as((day, s) -> (Command) new DeclareReproductiveStatus(PATIENT, s, day))
                .optional(0.2);
        return Combinators.combine(sideEffect, drug, status).as((a, b, c) -> {
            List<Command> all = new ArrayList<>();
            a.ifPresent(all::add);
            b.ifPresent(all::add);
            c.ifPresent(all::add);
            return all;
        });
    }
}
