package io.isoledger.plans;

import java.time.LocalDate;

/** Where a step's window stands on a day. */
public enum StepState {
    DONE,
    UPCOMING,
    OPEN,
    /** Open, and closing within {@link #CLOSING_DAYS} days. */
    CLOSING,
    MISSED;

    static final int CLOSING_DAYS = 2;

    public static StepState of(LocalDate from, LocalDate to, boolean done, LocalDate today) {
        if (done) {
            return DONE;
        }
        if (today.isAfter(to)) {
            return MISSED;
        }
        if (from != null && today.isBefore(from)) {
            return UPCOMING;
        }
        return today.plusDays(CLOSING_DAYS).isBefore(to) ? OPEN : CLOSING;
    }
}
