package io.isoledger.patients;

import io.isoledger.domain.ContraceptionMethod;
import io.isoledger.domain.DrugClass;
import io.isoledger.domain.PatientState;
import io.isoledger.domain.ReproductiveStatus;
import io.isoledger.domain.pregnancyprevention.PregnancyResults;
import io.isoledger.web.json.Decimals;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(
        name = "InForceFacts",
        description = "What was in force on a day, each fact by its own clinical date (a backdated entry never"
                + " overrides a newer one): what the rules read when they judge that day")
public record InForceResponse(
        @Schema(description = "The day asked about", example = "2026-11-25")
        LocalDate on,

        @Schema(description = "R7: the latest weight measured on or before the day", example = "58.5")
        BigDecimal weightKg,

        @Schema(description = "R3: the latest status declared on or before the day", example = "NONE")
        ReproductiveStatus reproductiveStatus,

        @Schema(description = "R4, R5, R18: whether the patient could become pregnant that day", example = "true")
        boolean canBecomePregnant,

        @Schema(description = "R5: the methods of contraception in use that day")
        List<Contraception> contraception,

        @Schema(description = "R6: the concomitant medications taken that day")
        List<Medication> medications,

        @Schema(
                description = "R4: the latest negative pregnancy test sampled on or before the day",
                example = "2026-11-22")
        LocalDate latestNegativePregnancyTestOn,

        @Schema(
                description = "R4: a positive pregnancy result (test, or hCG >= 5 mIU/mL) not yet followed by a"
                        + " negative test; null when there is none",
                example = "null")
        LocalDate positivePregnancyResultOn) {

    @Schema(name = "ContraceptionInForce")
    public record Contraception(
            @Schema(example = "IUD") ContraceptionMethod method,

            @Schema(description = "In use without a break since", example = "2026-10-01")
            LocalDate inUseSince,

            @Schema(description = "Last confirmed by a clinician on", example = "2026-11-20")
            LocalDate lastConfirmedOn) {}

    @Schema(name = "MedicationInForce")
    public record Medication(
            @Schema(example = "minocycline") String name,
            @Schema(example = "TETRACYCLINE") DrugClass drugClass,
            @Schema(example = "2026-09-01") LocalDate startedOn,

            @Schema(description = "The last day taken, if known", example = "2026-12-01")
            LocalDate stoppedOn) {}

    static InForceResponse of(PatientState patient, LocalDate on) {
        PregnancyResults pregnancy = patient.pregnancyResults();
        return new InForceResponse(
                on,
                Decimals.plain(patient.weightOn(on)),
                patient.reproductiveStatusOn(on).orElse(null),
                patient.canBecomePregnantOn(on),
                patient.contraception().inForceOn(on).stream()
                        .map(m -> new Contraception(
                                m,
                                patient.contraception().inUseSince(m, on).orElse(null),
                                patient.contraception().lastConfirmedOn(m, on).orElse(null)))
                        .toList(),
                patient.medications().intervals().stream()
                        .filter(i -> i.overlaps(on, on))
                        .map(i -> new Medication(i.name(), i.drugClass(), i.from(), i.to().orElse(null)))
                        .toList(),
                pregnancy.latestNegativeTestBetween(LocalDate.MIN, on).orElse(null),
                pregnancy
                        .unclearedPositiveOn(on)
                        .map(PregnancyResults.Result::sampledOn)
                        .orElse(null));
    }
}
