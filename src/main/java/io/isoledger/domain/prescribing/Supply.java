package io.isoledger.domain.prescribing;

import java.time.LocalDate;

/** One prescription's supply of isotretinoin, as the supply rules need it (R14-R17, R20). */
public record Supply(
        String prescriptionId,
        LocalDate issuedOn,
        LocalDate startsOn,
        LocalDate endsOn,
        int daysSupply,
        int dailyDoseMg,
        int totalMg) {

    /** R17: the days of this supply not yet taken on {@code day}, if taken from its start as prescribed. */
    public long outstandingDaysOn(LocalDate day) {
        if (day.isAfter(endsOn)) {
            return 0;
        }
        return day.isBefore(startsOn) ? daysSupply : endsOn.toEpochDay() - day.toEpochDay() + 1;
    }
}
