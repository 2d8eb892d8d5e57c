package io.isoledger.client;

import static io.isoledger.client.ContractClient.day;

import io.isoledger.client.generated.model.Analyte;
import io.isoledger.client.generated.model.ConfirmContraceptionRequest;
import io.isoledger.client.generated.model.ContraceptionMethod;
import io.isoledger.client.generated.model.EndReason;
import io.isoledger.client.generated.model.EndTreatmentRequest;
import io.isoledger.client.generated.model.EnrollPatientRequest;
import io.isoledger.client.generated.model.IssuePrescriptionRequest;
import io.isoledger.client.generated.model.LabResult;
import io.isoledger.client.generated.model.PregnancyTestMethod;
import io.isoledger.client.generated.model.PregnancyTestResult;
import io.isoledger.client.generated.model.ProcedureKind;
import io.isoledger.client.generated.model.RecordBloodTestRequest;
import io.isoledger.client.generated.model.RecordPregnancyTestRequest;
import io.isoledger.client.generated.model.RecordWeightRequest;
import io.isoledger.client.generated.model.ReportSideEffectRequest;
import io.isoledger.client.generated.model.Reporter;
import io.isoledger.client.generated.model.ResolveAlertRequest;
import io.isoledger.client.generated.model.ScheduleProcedureRequest;
import io.isoledger.client.generated.model.Sex;
import io.isoledger.client.generated.model.SideEffectTerm;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/** The requests of the README's walk-through, built with the generated models; dates in the clinic's calendar. */
final class CourseRequests {

    private CourseRequests() {}

    /** A woman of 58.5 kg who can become pregnant. */
    static EnrollPatientRequest enrolment(String patientId) {
        return new EnrollPatientRequest()
                .patientId(patientId)
                .sex(Sex.FEMALE)
                .birthDate(LocalDate.of(2001, 4, 2))
                .weightKg(new BigDecimal("58.5"))
                .canBecomePregnant(true);
    }

    /** An IUD and condoms since 40 days ago: enough under jp-clinic, before any first supply (R5). */
    static ConfirmContraceptionRequest contraception() {
        return new ConfirmContraceptionRequest()
                .methods(List.of(ContraceptionMethod.IUD, ContraceptionMethod.CONDOM))
                .startedOn(day(-40));
    }

    static RecordPregnancyTestRequest negativePregnancyTest() {
        return new RecordPregnancyTestRequest()
                .sampledOn(day(-2))
                .result(PregnancyTestResult.NEGATIVE)
                .method(PregnancyTestMethod.URINE);
    }

    /** ALT and triglycerides (in mmol/L, converted to mg/dL before R9 reads them), two days ago (R2). */
    static RecordBloodTestRequest bloodTest() {
        return new RecordBloodTestRequest()
                .sampledOn(day(-2))
                .fasting(true)
                .results(List.of(
                        lab(Analyte.ALT, "21", "U/L").upperLimitOfNormal(new BigDecimal("40")),
                        lab(Analyte.TRIGLYCERIDES, "1.5", "mmol/L")));
    }

    /** A weight from last year, typed in late: recorded, never in force over the newer one. */
    static RecordWeightRequest lateWeight() {
        return new RecordWeightRequest().weightKg(new BigDecimal("80")).measuredOn(day(-365));
    }

    /** 20 mg capsules starting today. */
    static IssuePrescriptionRequest prescription(String id, int capsulesPerDay, int daysSupply) {
        return new IssuePrescriptionRequest()
                .prescriptionId(id)
                .strengthMg(20)
                .capsulesPerDay(capsulesPerDay)
                .daysSupply(daysSupply)
                .startsOn(day(0))
                .prescriberId("DR-7");
    }

    /** Raises a blocking R10 alert whatever its grade. */
    static ReportSideEffectRequest depression() {
        return new ReportSideEffectRequest()
                .term(SideEffectTerm.DEPRESSION)
                .grade(2)
                .onsetOn(day(0))
                .reportedBy(Reporter.PATIENT)
                .notes("low mood");
    }

    static ResolveAlertRequest resolution() {
        return new ResolveAlertRequest().resolvedBy("DR-7").note("Seen in clinic; mood stable; continue.");
    }

    /** A laser in 100 days: during the course's restrictions (R12). */
    static ScheduleProcedureRequest laser() {
        return new ScheduleProcedureRequest()
                .procedureId("PR-1")
                .kind(ProcedureKind.LASER)
                .scheduledOn(day(100));
    }

    static EndTreatmentRequest endedToday() {
        return new EndTreatmentRequest().endedOn(day(0)).reason(EndReason.COMPLETED);
    }

    private static LabResult lab(Analyte analyte, String value, String unit) {
        return new LabResult().analyte(analyte).value(new BigDecimal(value)).unit(unit);
    }
}
