package io.isoledger.projection;

import io.isoledger.domain.event.Event;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * What one reader of the events does with the event types it reads: a {@link Handler} for each,
 * named with {@link #on}; every other type it keeps nothing of. Which types each reader reads, and
 * which it ignores, is decided for every type in one table, "Who reads which event" in {@code
 * docs/architecture.md}: {@code EventReadersTest} finds every {@code EventHandlers} in the code and
 * fails until the table has a row for each event type and the handlers read exactly what the table
 * says. A new event type thus fails the build's tests until each reader has decided. The read models
 * ({@link ReadModelProjection}) and the FHIR export's index and courses of a patient's events decide
 * this way:
 *
 * <pre>{@code
 * EventHandlers.<RecordedEvent>reading(on(BloodTestRecorded.class, BloodTestProjection::recorded));
 * }</pre>
 *
 * @param <C> what a handler gets besides the event: the {@link io.isoledger.eventlog.RecordedEvent}
 *     a read model projects, or whatever the reader folds the events into
 */
public final class EventHandlers<C> {

    /** What a reader does with one event of type {@code E}. */
    @FunctionalInterface
    public interface Handler<E extends Event, C> {
        void handle(E event, C context);
    }

    /** A type the reader reads, with its handler ({@link #on}). */
    public record Reading<C>(Class<? extends Event> eventClass, Handler<Event, C> handler) {}

    private final Map<Class<? extends Event>, Handler<Event, C>> handlers = new LinkedHashMap<>();

    @SafeVarargs
    private EventHandlers(Reading<C>... readings) {
        for (Reading<C> reading : readings) {
            if (handlers.putIfAbsent(reading.eventClass(), reading.handler()) != null) {
                throw new IllegalStateException(reading.eventClass().getSimpleName() + " has two handlers");
            }
        }
    }

    /** The handlers of a reader that reads these types and ignores every other. */
    @SafeVarargs
    public static <C> EventHandlers<C> reading(Reading<C>... readings) {
        return new EventHandlers<>(readings);
    }

    /** Events of {@code eventClass} go to {@code handler}. */
    public static <E extends Event, C> Reading<C> on(Class<E> eventClass, Handler<E, C> handler) {
        return new Reading<>(eventClass, (event, context) -> handler.handle(eventClass.cast(event), context));
    }

    /** The types this reader reads. */
    public Set<Class<? extends Event>> read() {
        return Set.copyOf(handlers.keySet());
    }

    /** Hands the event, with the context, to the handler of its type; an event of a type not read is left. */
    public void handle(Event event, C context) {
        Handler<Event, C> handler = handlers.get(event.getClass());
        if (handler != null) {
            handler.handle(event, context);
        }
    }
}
