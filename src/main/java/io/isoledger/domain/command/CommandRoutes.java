package io.isoledger.domain.command;

import java.util.Map;
import java.util.function.BiFunction;

/**
 * Which {@link Command.Handler} method takes each {@link Command} type: the one place a command meets its method
 * (Java 17 has no switch over a sealed type). A new type is a compile error in every {@code Handler}
 * until it has a method, and a test ({@code CommandRoutesTest}) fails until it has its entry here.
 */
final class CommandRoutes {

    private interface Route {
        Object call(Command.Handler<?> handler, Command value);
    }

    private static final Map<Class<?>, Route> ROUTES = Map.ofEntries(
            entry(EnrollPatient.class, Command.Handler::enrollPatient),
            entry(RecordBloodTest.class, Command.Handler::recordBloodTest),
            entry(IssuePrescription.class, Command.Handler::issuePrescription),
            entry(ReportSideEffect.class, Command.Handler::reportSideEffect),
            entry(DeclareReproductiveStatus.class, Command.Handler::declareReproductiveStatus),
            entry(RecordPregnancyTest.class, Command.Handler::recordPregnancyTest),
            entry(ConfirmContraception.class, Command.Handler::confirmContraception),
            entry(RecordConcomitantMedication.class, Command.Handler::recordConcomitantMedication),
            entry(ScheduleProcedure.class, Command.Handler::scheduleProcedure),
            entry(EndTreatment.class, Command.Handler::endTreatment),
            entry(ResolveAlert.class, Command.Handler::resolveAlert),
            entry(RecordWeight.class, Command.Handler::recordWeight),
            entry(StopContraception.class, Command.Handler::stopContraception),
            entry(ReportContraceptionFailure.class, Command.Handler::reportContraceptionFailure),
            entry(ChangeReproductivePotential.class, Command.Handler::changeReproductivePotential),
            entry(DispensePrescription.class, Command.Handler::dispensePrescription),
            entry(ExpireSupplies.class, Command.Handler::expireSupplies),
            entry(AssessEligibility.class, Command.Handler::assessEligibility));

    private CommandRoutes() {}

    private static <T extends Command> Map.Entry<Class<?>, Route> entry(
            Class<T> type, BiFunction<Command.Handler<?>, T, ?> method) {
        return Map.entry(type, (handler, value) -> method.apply(handler, type.cast(value)));
    }

    @SuppressWarnings("unchecked")
    static <R> R route(Command value, Command.Handler<R> handler) {
        return (R) ROUTES.get(value.getClass()).call(handler, value);
    }
}
