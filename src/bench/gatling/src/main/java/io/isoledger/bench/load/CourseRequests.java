package io.isoledger.bench.load;

import static io.gatling.javaapi.core.CoreDsl.StringBody;
import static io.gatling.javaapi.core.CoreDsl.exec;
import static io.gatling.javaapi.http.HttpDsl.http;
import static io.gatling.javaapi.http.HttpDsl.status;

import io.gatling.javaapi.core.ChainBuilder;
import java.time.LocalDate;
import java.time.ZoneId;

/**
 * One patient's course as a clinic records it, in the order the clinical rules ask for: enrolment,
 * contraception, a negative pregnancy test, blood tests, an accepted prescription, a refused one
 * (R1: more days than the policy allows), a side effect, with reads of the patient summary between.
 *
 * <p>Requests are named by what the benchmark measures, so that Gatling's statistics give exact
 * percentiles of each kind: {@value #WRITE} (answered 2xx), {@value #REFUSED} (answered 422, as the
 * rules require) and {@value #READ}. The bodies are those of the API tests (api.Fixtures).
 */
final class CourseRequests {

    static final String WRITE = "write";
    static final String REFUSED = "write refused by the rules";
    static final String READ = "read summary";

    /** Commands one course sends: its arrival rate is the command rate divided by this. */
    static final int COMMANDS_PER_COURSE = 7;

    private CourseRequests() {}

    static ChainBuilder course() {
        LocalDate today = LocalDate.now(ZoneId.of("Asia/Tokyo"));
        String recently = today.minusDays(3).toString();
        return exec(session -> session.set("patientId", "B-" + java.util.UUID.randomUUID()))
                .exec(write(
                        "/api/v1/patients",
                        "{\"patientId\":\"#{patientId}\",\"sex\":\"FEMALE\",\"birthDate\":\"2001-04-02\","
                                + "\"weightKg\":58.5,\"canBecomePregnant\":true}"))
                .exec(write(
                        "/api/v1/patients/#{patientId}/contraception",
                        "{\"methods\":[\"IUD\",\"CONDOM\"],\"startedOn\":\"" + today.minusDays(43) + "\"}"))
                .exec(write(
                        "/api/v1/patients/#{patientId}/pregnancy-tests",
                        "{\"sampledOn\":\"" + recently + "\",\"result\":\"NEGATIVE\",\"method\":\"URINE\"}"))
                .exec(write(
                        "/api/v1/patients/#{patientId}/blood-tests",
                        "{\"sampledOn\":\"" + recently + "\",\"fasting\":true,\"results\":["
                                + "{\"analyte\":\"ALT\",\"value\":21,\"unit\":\"U/L\",\"upperLimitOfNormal\":40},"
                                + "{\"analyte\":\"TRIGLYCERIDES\",\"value\":130,\"unit\":\"mg/dL\"}]}"))
                .exec(read())
                .exec(write("/api/v1/patients/#{patientId}/prescriptions", prescription("RX-1", 30, today)))
                .exec(http(REFUSED)
                        .post("/api/v1/patients/#{patientId}/prescriptions")
                        .body(StringBody(prescription("RX-2", 200, today)))
                        .check(status().is(422)))
                .exec(write(
                        "/api/v1/patients/#{patientId}/side-effects",
                        "{\"term\":\"DRY_LIPS\",\"grade\":1,\"onsetOn\":\"" + recently
                                + "\",\"reportedBy\":\"PATIENT\",\"notes\":\"cracked\"}"))
                .exec(read());
    }

    private static io.gatling.javaapi.http.HttpRequestActionBuilder write(String path, String body) {
        return http(WRITE).post(path).body(StringBody(body)).check(status().in(200, 201, 202));
    }

    private static io.gatling.javaapi.http.HttpRequestActionBuilder read() {
        return http(READ).get("/api/v1/patients/#{patientId}").check(status().is(200));
    }

    private static String prescription(String prescriptionId, int daysSupply, LocalDate startsOn) {
        return "{\"prescriptionId\":\"" + prescriptionId + "\",\"strengthMg\":20,\"capsulesPerDay\":1,"
                + "\"daysSupply\":" + daysSupply + ",\"startsOn\":\"" + startsOn + "\",\"prescriberId\":\"DR-7\"}";
    }
}
