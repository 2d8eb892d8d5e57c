package io.isoledger.calendar;

import static io.isoledger.api.Fixtures.post;

import io.isoledger.api.Fixtures;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;

/** A patient made ready over HTTP, and one whose course started today with 20 x 1 capsules for 20 days. */
final class Course {

    private Course() {}

    static String day(int fromToday) {
        return LocalDate.now(ZoneId.of("Asia/Tokyo")).plusDays(fromToday).toString();
    }

    static String path(String patientId) {
        return "/api/v1/patients/" + patientId;
    }

    /** Enrolled today, with the contraception, tests and blood test every profile asks before a first supply. */
    static String ready() {
        String patientId = Fixtures.newPatientId();
        post("/api/v1/patients", Fixtures.enrolment(patientId)).statusCode(201);
        post(path(patientId) + "/contraception", Map.of("methods", List.of("IUD", "CONDOM"), "startedOn", day(-40)))
                .statusCode(201);
        post(
                        path(patientId) + "/pregnancy-tests",
                        Map.of("sampledOn", day(-2), "result", "NEGATIVE", "method", "URINE"))
                .statusCode(201);
        post(
                        path(patientId) + "/blood-tests",
                        Map.of(
                                "sampledOn",
                                day(-2),
                                "fasting",
                                true,
                                "results",
                                List.of(
                                        Map.of("analyte", "ALT", "value", 21, "unit", "U/L", "upperLimitOfNormal", 40),
                                        Map.of("analyte", "TRIGLYCERIDES", "value", 130, "unit", "mg/dL"))))
                .statusCode(201);
        return patientId;
    }

    static String started() {
        String patientId = ready();
        post(
                        path(patientId) + "/prescriptions",
                        Map.of(
                                "prescriptionId",
                                "RX-1",
                                "strengthMg",
                                20,
                                "capsulesPerDay",
                                1,
                                "daysSupply",
                                20,
                                "startsOn",
                                day(0),
                                "prescriberId",
                                "DR-7"))
                .statusCode(201);
        return patientId;
    }
}
