package io.isoledger.domain;

import static io.isoledger.domain.FactOrderIndependenceProperties.ISSUE;
import static io.isoledger.domain.Fixtures.PATIENT;

import io.isoledger.domain.command.ConfirmContraception;
import io.isoledger.domain.command.StopContraception;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;

/**
 * Random confirmations and stops of contraception for {@link FactOrderIndependenceProperties}.
 * Starts and confirmations fall on even days before the issue date, stops on odd ones: a start and
 * a stop of one method on the same day would be ordered by entry, rightly, and differ by order.
 */
final class ContraceptionGenerators {

    private ContraceptionGenerators() {}

    private static final List<ContraceptionMethod> METHODS = List.of(
            ContraceptionMethod.IUD,
            ContraceptionMethod.CONDOM,
            ContraceptionMethod.ORAL_CONTRACEPTIVE,
            ContraceptionMethod.ABSTINENCE);

    private static Arbitrary<Set<ContraceptionMethod>> methods() {
        return Arbitraries.of(METHODS).set().ofMinSize(1).ofMaxSize(2);
    }

    static Arbitrary<List<ConfirmContraception>> confirmations() {
        Arbitrary<Integer> evenDaysBefore = FactGenerators.daysBefore().map(d -> d - d % 2);
        Arbitrary<Integer> evenGap = Arbitraries.integers().between(0, 30).map(g -> 2 * g);
        return Combinators.combine(evenDaysBefore, evenGap, methods())
                .as((d, gap, m) -> {
                    LocalDate started = ISSUE.minusDays(d);
                    LocalDate confirmed = d >= gap ? started.plusDays(gap) : ISSUE;
                    return new ConfirmContraception(PATIENT, m, started, confirmed);
                })
                .list()
                .ofMaxSize(3)
                .uniqueElements(ConfirmContraception::startedOn);
    }

    static Arbitrary<List<StopContraception>> stops() {
        Arbitrary<Integer> oddDaysBefore = FactGenerators.daysBefore().map(d -> d % 2 == 1 ? d : d + 1);
        return Combinators.combine(oddDaysBefore, methods())
                .as((d, m) -> new StopContraception(PATIENT, m, ISSUE.minusDays(d)))
                .list()
                .ofMaxSize(2)
                .uniqueElements(StopContraception::stoppedOn);
    }
}
