package io.isoledger.domain.event;

import io.isoledger.domain.ReproductiveStatus;
import java.time.LocalDate;

public record ReproductiveStatusDeclared(String patientId, ReproductiveStatus status, LocalDate declaredOn)
        implements Event {
    @Override
    public <R> R accept(Event.Visitor<R> visitor) {
        return visitor.reproductiveStatusDeclared(this);
    }
}
