package io.isoledger.domain.event;

import io.isoledger.domain.VisitorContract;
import org.junit.jupiter.api.Test;

/** Every permitted {@link Event} type reaches its own {@link Event.Visitor} method ({@link EventRoutes}). */
class EventRoutesTest {

    @Test
    @SuppressWarnings("unchecked")
    void everyEventReachesTheVisitorMethodOfItsType() throws Exception {
        VisitorContract.check(Event.class, Event.Visitor.class, (event, visitor) -> event.accept(visitor));
    }
}
