package io.isoledger.domain.command;

import io.isoledger.domain.VisitorContract;
import org.junit.jupiter.api.Test;

/** Every permitted {@link Command} type reaches its own {@link Command.Handler} method ({@link CommandRoutes}). */
class CommandRoutesTest {

    @Test
    @SuppressWarnings("unchecked")
    void everyCommandReachesTheHandlerMethodOfItsType() throws Exception {
        VisitorContract.check(Command.class, Command.Handler.class, (command, handler) -> command.accept(handler));
    }
}
