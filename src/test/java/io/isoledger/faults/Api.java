package io.isoledger.faults;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.isoledger.testsupport.AuthenticatedApiTest;
import io.isoledger.testsupport.Tokens;
import io.isoledger.web.auth.Roles;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Executors;

/**
 * A plain HTTP client for tests that talk to more than one instance at once (RestAssured's static
 * target is one instance): every call names its instance, and a call that fails on the wire (a
 * refused or reset connection) is an {@link Answer} with status {@value #NO_ANSWER}, not an exception.
 */
final class Api {

    /** The status of a request that got no HTTP answer: its outcome is unknown. */
    static final int NO_ANSWER = -1;

    static final ZoneId CLINIC_ZONE = ZoneId.of("Asia/Tokyo");
    static final ObjectMapper JSON = new ObjectMapper();

    private static final HttpClient HTTP = HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(2))
            .executor(Executors.newCachedThreadPool(r -> {
                Thread thread = new Thread(r, "fault-test-http");
                thread.setDaemon(true);
                return thread;
            }))
            .build();
    /** Longer than a write's reply timeout (10 s) and projection timeout (5 s) together. */
    private static final Duration REQUEST_TIMEOUT = Duration.ofSeconds(30);

    private static final String TOKEN =
            Tokens.forRoles(AuthenticatedApiTest.CLINIC_SYSTEM, Roles.PRESCRIBER, Roles.NURSE);

    record Answer(URI instance, int status, String body, Map<String, List<String>> headers, long millis) {

        boolean acknowledged() {
            return status / 100 == 2;
        }

        boolean answered() {
            return status != NO_ANSWER;
        }

        JsonNode json() {
            try {
                return JSON.readTree(body);
            } catch (IOException e) {
                throw new UncheckedIOException("Not JSON (" + status + "): " + body, e);
            }
        }

        /** The patient's stream version after an acknowledged write. */
        long version() {
            return json().get("version").asLong();
        }

        @Override
        public String toString() {
            return status + " from " + instance + " in " + millis + " ms: " + body;
        }
    }

    private Api() {}

    static Answer post(URI instance, String path, Object body) {
        return post(instance, path, body, Map.of());
    }

    static Answer post(URI instance, String path, Object body, Map<String, String> headers) {
        try {
            HttpRequest.Builder request = HttpRequest.newBuilder(instance.resolve(path))
                    .timeout(REQUEST_TIMEOUT)
                    .header("Authorization", "Bearer " + TOKEN)
                    .header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body)));
            headers.forEach(request::setHeader);
            return send(instance, request.build());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Answer get(URI instance, String path) {
        return send(
                instance,
                HttpRequest.newBuilder(instance.resolve(path))
                        .timeout(REQUEST_TIMEOUT)
                        .header("Authorization", "Bearer " + TOKEN)
                        .GET()
                        .build());
    }

    private static Answer send(URI instance, HttpRequest request) {
        long start = System.nanoTime();
        try {
            HttpResponse<String> response = HTTP.send(request, HttpResponse.BodyHandlers.ofString());
            return new Answer(
                    instance,
                    response.statusCode(),
                    response.body(),
                    response.headers().map(),
                    Duration.ofNanos(System.nanoTime() - start).toMillis());
        } catch (IOException e) {
            return new Answer(
                    instance,
                    NO_ANSWER,
                    e.toString(),
                    Map.of(),
                    Duration.ofNanos(System.nanoTime() - start).toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new Answer(
                    instance,
                    NO_ANSWER,
                    e.toString(),
                    Map.of(),
                    Duration.ofNanos(System.nanoTime() - start).toMillis());
        }
    }

    // Request bodies.

    static String newPatientId(String prefix) {
        return prefix + "-" + UUID.randomUUID().toString().substring(0, 13);
    }

    static LocalDate today() {
        return LocalDate.now(CLINIC_ZONE);
    }

    /** A few days back: in the past in every time zone, inside R2's and R4's 30-day windows. */
    static LocalDate recently() {
        return today().minusDays(3);
    }

    static Map<String, Object> enrolment(String patientId) {
        return Map.of(
                "patientId",
                patientId,
                "sex",
                "FEMALE",
                "birthDate",
                "2001-04-02",
                "weightKg",
                58.5,
                "canBecomePregnant",
                true);
    }

    static Map<String, Object> contraception(LocalDate startedOn) {
        return Map.of("methods", List.of("IUD"), "startedOn", startedOn.toString());
    }

    static Map<String, Object> negativePregnancyTest(LocalDate sampledOn) {
        return Map.of("sampledOn", sampledOn.toString(), "result", "NEGATIVE", "method", "URINE");
    }

    static Map<String, Object> bloodTest(LocalDate sampledOn) {
        return Map.of(
                "sampledOn",
                sampledOn.toString(),
                "fasting",
                true,
                "results",
                List.of(
                        Map.of("analyte", "ALT", "value", 21, "unit", "U/L", "upperLimitOfNormal", 40),
                        Map.of("analyte", "TRIGLYCERIDES", "value", 130, "unit", "mg/dL")));
    }

    /** 20 mg a day for 30 days from today: within R1 and R7 for a 58.5 kg patient. */
    static Map<String, Object> prescription(String prescriptionId) {
        return Map.of(
                "prescriptionId",
                prescriptionId,
                "strengthMg",
                20,
                "capsulesPerDay",
                1,
                "daysSupply",
                30,
                "startsOn",
                today().toString(),
                "prescriberId",
                "DR-7");
    }

    /** Grade 1 dry lips: no safety alert (R10), a single event. */
    static Map<String, Object> sideEffect(String notes) {
        return Map.of(
                "term",
                "DRY_LIPS",
                "grade",
                1,
                "onsetOn",
                recently().toString(),
                "reportedBy",
                "PATIENT",
                "notes",
                notes);
    }
}
