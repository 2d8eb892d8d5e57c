package io.isoledger.domain.command;

import java.time.LocalDate;

public record ResolveAlert(String patientId, String alertId, String resolvedBy, String note, LocalDate resolvedOn)
        implements Command {
    @Override
    public <R> R accept(Command.Handler<R> handler) {
        return handler.resolveAlert(this);
    }
}
