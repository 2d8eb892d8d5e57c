package io.isoledger.domain.prescribing;

import java.time.LocalDate;

/**
 * One prescription's supply of isotretinoin, as the supply rules need it (R14-R17, R20, R22, R23).
 *
 * @param capsules the capsules prescribed: capsules per day times the days of supply
 * @param dispenseBy the last day it may be handed over (R22); null for a supply issued before
 *     dispensing was recorded, which counts as handed over
 */
public record Supply(
        String prescriptionId,
        LocalDate issuedOn,
        LocalDate startsOn,
        LocalDate endsOn,
        int daysSupply,
        int dailyDoseMg,
        int totalMg,
        int capsules,
        LocalDate dispenseBy,
        Status status) {

    /** Where the capsules are. */
    public enum Status {
        /** Issued, waiting at the pharmacy until {@code dispenseBy}. */
        PENDING,
        DISPENSED,
        /** Not handed over in its window (R22): never in the patient's hands. */
        EXPIRED
    }

    public Supply with(Status newStatus) {
        return new Supply(
                prescriptionId,
                issuedOn,
                startsOn,
                endsOn,
                daysSupply,
                dailyDoseMg,
                totalMg,
                capsules,
                dispenseBy,
                newStatus);
    }

    /**
     * Whether the supply is, or may still be, in the patient's hands on {@code day} (R15, R17):
     * handed over, or waiting within its dispensing window.
     */
    public boolean countsOn(LocalDate day) {
        return switch (status) {
            case DISPENSED -> true;
            case EXPIRED -> false;
            case PENDING -> dispenseBy == null || !day.isAfter(dispenseBy);
        };
    }

    /** R22: waiting at the pharmacy after its window closed, on {@code today}. */
    public boolean overdueOn(LocalDate today) {
        return status == Status.PENDING && dispenseBy != null && today.isAfter(dispenseBy);
    }

    /** R17: the days of this supply not yet taken on {@code day}, if taken from its start as prescribed. */
    public long outstandingDaysOn(LocalDate day) {
        if (day.isAfter(endsOn)) {
            return 0;
        }
        return day.isBefore(startsOn) ? daysSupply : endsOn.toEpochDay() - day.toEpochDay() + 1;
    }
}
