package io.isoledger.hostile;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.DynamicTest.dynamicTest;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.isoledger.hostile.HttpSender.Reply;
import io.isoledger.testsupport.IsoLedgerTestEnvironment;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * The other side of the hostile corpus: text that is odd but valid (other scripts, emoji, bidi and
 * control characters, SQL and script "injections" in free text) must be accepted and come back
 * byte for byte, from the read model and from the audit trail: no mojibake, no escaping, no
 * normalisation.
 */
@QuarkusTest
@WithTestResource(IsoLedgerTestEnvironment.class)
class OddButValidTextRoundTripTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final LocalDate RECENTLY =
            LocalDate.now(ZoneId.of("Asia/Tokyo")).minusDays(3);

    @TestHTTPResource("/")
    URL root;

    @TestFactory
    Stream<DynamicTest> sideEffectNotesComeBackUnchanged() throws Exception {
        HttpSender http = new HttpSender(root.toString(), HostileTokens.CLINIC);
        String patient = HostileRequestCorpusTest.enrolFreshPatient(http);
        List<DynamicTest> tests = new ArrayList<>();
        for (Map.Entry<String, String> text : HostileStrings.oddButValidText().entrySet()) {
            tests.add(dynamicTest("side-effect notes: " + text.getKey(), () -> {
                ObjectNode body = JSON.createObjectNode()
                        .put("term", "DRY_LIPS")
                        .put("grade", 1)
                        .put("onsetOn", RECENTLY.toString())
                        .put("reportedBy", "PATIENT")
                        .put("notes", text.getValue());
                long sequence =
                        created(http.postJson("/api/v1/patients/" + patient + "/side-effects", body.toString()));
                Reply read = http.get("/api/v1/patients/" + patient + "/side-effects/" + sequence);
                assertSame(text.getValue(), json(read).path("notes"), "GET side-effects/" + sequence);
                assertSame(
                        text.getValue(),
                        event(http, patient, sequence).path("data").path("notes"),
                        "GET events");
            }));
        }
        tests.add(dynamicTest("side-effect notes sent with an explicit charset=UTF-8", () -> {
            ObjectNode body = JSON.createObjectNode()
                    .put("term", "OTHER")
                    .put("grade", 1)
                    .put("onsetOn", RECENTLY.toString())
                    .put("reportedBy", "NURSE")
                    .put("notes", HostileStrings.JAPANESE + " " + HostileStrings.EMOJI);
            Reply reply = http.send(
                    "POST",
                    "/api/v1/patients/" + patient + "/side-effects",
                    Map.of("Content-Type", "application/json; charset=UTF-8"),
                    body.toString().getBytes(StandardCharsets.UTF_8),
                    false);
            long sequence = created(reply);
            assertSame(
                    HostileStrings.JAPANESE + " " + HostileStrings.EMOJI,
                    json(http.get("/api/v1/patients/" + patient + "/side-effects/" + sequence))
                            .path("notes"),
                    "GET");
        }));
        return tests.stream();
    }

    @TestFactory
    Stream<DynamicTest> medicationNamesInOtherScriptsAndLabUnitsOutsideAsciiComeBackUnchanged() throws Exception {
        HttpSender http = new HttpSender(root.toString(), HostileTokens.CLINIC);
        String patient = HostileRequestCorpusTest.enrolFreshPatient(http);
        List<DynamicTest> tests = new ArrayList<>();
        for (String name : List.of("ミノサイクリン塩酸塩", "دوكسيسيكلين", "Doxycyclin (ドキシサイクリン) 100mg")) {
            tests.add(dynamicTest("medication name " + name, () -> {
                ObjectNode body = JSON.createObjectNode()
                        .put("name", name)
                        .put("drugClass", "OTHER")
                        .put("startedOn", RECENTLY.toString());
                long sequence = created(http.postJson("/api/v1/patients/" + patient + "/medications", body.toString()));
                assertSame(name, event(http, patient, sequence).path("data").path("name"), "GET events");
            }));
        }
        // A unit outside ASCII that R9 accepts: kept exactly as the lab sent it, beside its conversion.
        tests.add(dynamicTest("lab unit µkat/L", () -> {
            String body = "{\"sampledOn\":\"" + RECENTLY + "\",\"fasting\":true,\"results\":"
                    + "[{\"analyte\":\"ALT\",\"value\":0.35,\"unit\":\"µkat/L\",\"upperLimitOfNormal\":0.67}]}";
            long sequence = created(http.postJson("/api/v1/patients/" + patient + "/blood-tests", body));
            Reply read = http.get("/api/v1/patients/" + patient + "/blood-tests/" + sequence);
            assertSame("µkat/L", json(read).path("results").path(0).path("unit"), "GET blood-tests/" + sequence);
        }));
        return tests.stream();
    }

    @TestFactory
    Stream<DynamicTest> alertResolutionNotesComeBackUnchanged() throws Exception {
        HttpSender http = new HttpSender(root.toString(), HostileTokens.CLINIC);
        String patient = HostileRequestCorpusTest.enrolFreshPatient(http);
        List<DynamicTest> tests = new ArrayList<>();
        for (Map.Entry<String, String> text : HostileStrings.oddButValidText().entrySet()) {
            tests.add(dynamicTest("alert resolution note: " + text.getKey(), () -> {
                // Depression raises a blocking alert (R10); a clinician resolves it with the odd note.
                String sideEffect = JSON.createObjectNode()
                        .put("term", "DEPRESSION")
                        .put("grade", 2)
                        .put("onsetOn", RECENTLY.toString())
                        .put("reportedBy", "PRESCRIBER")
                        .toString();
                created(http.postJson("/api/v1/patients/" + patient + "/side-effects", sideEffect));
                String alertId = null;
                for (JsonNode alert : json(http.get("/api/v1/patients/" + patient + "/alerts"))) {
                    if (alert.path("status").asText().equals("OPEN")) {
                        alertId = alert.path("alertId").asText();
                    }
                }
                assertTrue(alertId != null, "no open alert after reporting depression");
                String resolution = JSON.createObjectNode()
                        .put("resolvedBy", "DR-7")
                        .put("note", text.getValue())
                        .toString();
                created(http.postJson(
                        "/api/v1/patients/" + patient + "/alerts/" + alertId + "/resolution", resolution));
                JsonNode resolved = null;
                for (JsonNode alert : json(http.get("/api/v1/patients/" + patient + "/alerts"))) {
                    if (alert.path("alertId").asText().equals(alertId)) {
                        resolved = alert;
                    }
                }
                assertSame(text.getValue(), resolved.path("resolution").path("note"), "GET alerts");
            }));
        }
        return tests.stream();
    }

    /** Asserts a 201 and gives the sequence number of the event it appended. */
    private static long created(Reply reply) {
        assertEquals(201, reply.status(), reply.describe());
        assertEquals("application/json", reply.mediaType(), reply.describe());
        return json(reply).path("version").asLong();
    }

    private static JsonNode event(HttpSender http, String patient, long sequence) throws Exception {
        for (JsonNode event : json(http.get("/api/v1/patients/" + patient + "/events"))) {
            if (event.path("sequence").asLong() == sequence) {
                return event;
            }
        }
        throw new AssertionError("no event " + sequence + " of " + patient);
    }

    private static JsonNode json(Reply reply) {
        assertEquals(200 <= reply.status() && reply.status() < 300, true, reply.describe());
        JsonNode node = reply.json();
        assertTrue(node != null, "not JSON: " + reply.describe());
        return node;
    }

    private static void assertSame(String expected, JsonNode actual, String where) {
        assertTrue(actual.isTextual(), where + ": not a string but " + actual);
        assertEquals(
                Text.printable(expected, 100_000),
                Text.printable(actual.textValue(), 100_000),
                where + " changed the text");
    }
}
