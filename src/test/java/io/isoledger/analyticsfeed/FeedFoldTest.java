package io.isoledger.analyticsfeed;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import io.isoledger.domain.ContraceptionMethod;
import io.isoledger.domain.PotentialChangeReason;
import io.isoledger.domain.Reporter;
import io.isoledger.domain.Sex;
import io.isoledger.domain.SideEffectTerm;
import io.isoledger.domain.TreatmentEndReason;
import io.isoledger.domain.event.ContraceptionStopped;
import io.isoledger.domain.event.Event;
import io.isoledger.domain.event.PatientEnrolled;
import io.isoledger.domain.event.PrescriptionIssued;
import io.isoledger.domain.event.ReproductivePotentialChanged;
import io.isoledger.domain.event.SideEffectReported;
import io.isoledger.domain.event.TreatmentEnded;
import io.isoledger.domain.event.WeightRecorded;
import io.isoledger.eventlog.CloudEventHeaders;
import io.isoledger.eventlog.EventCodec;
import io.isoledger.eventlog.EventMetadata;
import io.isoledger.eventlog.EventTypes;
import io.isoledger.eventlog.Topics;
import io.isoledger.eventlog.UnreadableEventException;
import io.isoledger.eventlog.WireJson;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.apache.kafka.common.record.TimestampType;
import org.junit.jupiter.api.Test;

/** The feed's mapping, fed event records as the topic holds them. */
class FeedFoldTest {

    private static final Pseudonymiser PSEUDONYMS =
            new Pseudonymiser("a-secret-of-at-least-thirty-two-characters".getBytes(StandardCharsets.UTF_8));
    private static final String PATIENT = "P-FOLD-1";
    private static final Instant RECORDED = Instant.parse("2026-06-01T01:02:03.456Z");
    private static final LocalDate DAY = LocalDate.of(2026, 1, 1);

    /** A course at 50 kg: 30 days of 40 mg, then 60 days of 60 mg from Jan 31, at 60 kg from Feb 1. */
    private static final List<Event> COURSE = List.of(
            new PatientEnrolled(PATIENT, Sex.FEMALE, LocalDate.of(2001, 4, 2), new BigDecimal("50"), true, DAY),
            new PrescriptionIssued(PATIENT, "RX-1", 40, 1, 40, 30, 1200, DAY, DAY.plusDays(29), DAY, "DR-7", null),
            sideEffect(DAY.plusDays(9)),
            new WeightRecorded(PATIENT, new BigDecimal("60.0"), LocalDate.of(2026, 2, 1)),
            new PrescriptionIssued(
                    PATIENT,
                    "RX-2",
                    20,
                    3,
                    60,
                    60,
                    3600,
                    DAY.plusDays(30),
                    DAY.plusDays(89),
                    DAY.plusDays(30),
                    "DR-7",
                    null),
            sideEffect(LocalDate.of(2026, 3, 1)),
            new TreatmentEnded(PATIENT, LocalDate.of(2026, 3, 15), TreatmentEndReason.COMPLETED, null, null, null),
            sideEffect(LocalDate.of(2026, 3, 20)),
            new PrescriptionIssued(
                    PATIENT,
                    "RX-3",
                    20,
                    1,
                    20,
                    30,
                    600,
                    LocalDate.of(2026, 6, 1),
                    LocalDate.of(2026, 6, 30),
                    LocalDate.of(2026, 6, 1),
                    "DR-7",
                    LocalDate.of(2026, 6, 8)));

    @Test
    void sideEffects_carryTheDoseOfTheirOnsetDay_andTheCoursesDoseByThen_perKgOfTheWeightInForce() {
        List<JsonNode> records = values(new FeedFold(PSEUDONYMS, "/isoledger/analytics-feed"), COURSE);

        // Jan 10: 10 days of 40 mg at 50 kg = 8 mg/kg.
        assertThat(records.get(2).get("dailyDoseMgBand").asText()).isEqualTo("21-40");
        assertThat(records.get(2).get("cumulativeDoseMgPerKgBand").asText()).isEqualTo("0-<30");
        // Mar 1: 1,200 mg + 30 days of 60 mg = 3,000 mg at 60 kg = 50 mg/kg.
        assertThat(records.get(4).get("dailyDoseMgBand").asText()).isEqualTo("41+");
        assertThat(records.get(4).get("cumulativeDoseMgPerKgBand").asText()).isEqualTo("30-<60");
        // After the end (Mar 15: 3,840 mg at 60 kg = 64): no dose that day, the course's dose stays.
        assertThat(records.get(6).get("dailyDoseMgBand").isNull()).isTrue();
        assertThat(records.get(6).get("cumulativeDoseMgPerKgBand").asText()).isEqualTo("60-<90");
        assertThat(records.get(6).get("course").asInt()).isEqualTo(1);
        assertThat(records.get(6).get("ageBand").asText()).isEqualTo("20-24");
    }

    @Test
    void prescriptions_numberTheCourses_andCarryTheCoursesDoseOnceTaken_likeR14() {
        List<JsonNode> records = values(new FeedFold(PSEUDONYMS, "/isoledger/analytics-feed"), COURSE);

        JsonNode first = records.get(1);
        assertThat(first.get("course").asInt()).isEqualTo(1);
        assertThat(first.get("opensCourse").asBoolean()).isTrue();
        assertThat(first.get("cumulativeDoseMgPerKgBand").asText()).isEqualTo("0-<30");
        JsonNode second = records.get(3);
        assertThat(second.get("course").asInt()).isEqualTo(1);
        assertThat(second.get("opensCourse").asBoolean()).isFalse();
        assertThat(second.get("courseStartedOn").asText()).isEqualTo("2026-01-01");
        assertThat(second.get("cumulativeDoseMgPerKgBand").asText()).isEqualTo("60-<90"); // 4,800 mg / 60 kg
        JsonNode ended = records.get(5);
        assertThat(ended.get("course").asInt()).isEqualTo(1);
        assertThat(ended.get("cumulativeDoseMgPerKgBand").asText()).isEqualTo("60-<90"); // 3,840 mg / 60 kg
        JsonNode afterTheEnd = records.get(7);
        assertThat(afterTheEnd.get("course").asInt()).isEqualTo(2);
        assertThat(afterTheEnd.get("opensCourse").asBoolean()).isTrue();
    }

    @Test
    void aWeight_makesNoRecord() {
        FeedFold fold = new FeedFold(PSEUDONYMS, "/isoledger/analytics-feed");
        fold.apply(record(0, COURSE.get(0)));
        assertThat(fold.apply(record(1, new WeightRecorded(PATIENT, BigDecimal.TEN, DAY))))
                .isEmpty();
    }

    @Test
    void theRecord_isKeyedAndHeadedByThePseudonym_withoutTheEventsIds() {
        ProducerRecord<String, byte[]> enrolled = new FeedFold(PSEUDONYMS, "/isoledger/analytics-feed")
                .apply(record(0, COURSE.get(0)))
                .orElseThrow();
        String pseudonym = PSEUDONYMS.pseudonymOf(PATIENT);

        assertThat(enrolled.topic()).isEqualTo(Topics.ANALYTICS);
        assertThat(enrolled.key()).isEqualTo(pseudonym);
        assertThat(enrolled.timestamp()).isEqualTo(RECORDED.toEpochMilli());
        EventMetadata headers = CloudEventHeaders.read(enrolled.headers());
        assertThat(headers.patientId()).isEqualTo(pseudonym);
        assertThat(headers.ceType()).isEqualTo("isoledger.analytics.PatientEnrolled.v1");
        assertThat(headers.source()).isEqualTo("/isoledger/analytics-feed");
        assertThat(headers.sequence()).isEqualTo(1);
        assertThat(headers.time()).isEqualTo(RECORDED);
        assertThat(headers.eventId()).isEqualTo(FeedFold.idOf(pseudonym, 1)).isNotEqualTo(eventId(1));
        assertThat(headers.correlationId()).isNull();
        assertThat(headers.causationId()).isNull();
        assertThat(headers.actor()).isNull();
        assertThat(new String(enrolled.value(), StandardCharsets.UTF_8))
                .isEqualTo("{\"pseudonym\":\"" + pseudonym
                        + "\",\"sex\":\"FEMALE\",\"ageBand\":\"20-24\",\"enrolledOn\":\"2026-01-01\","
                        + "\"canBecomePregnant\":true}");
    }

    @Test
    void aSetOfMethods_isWrittenInOneOrder_whateverOrderItWasReadIn() {
        FeedFold fold = new FeedFold(PSEUDONYMS, "/isoledger/analytics-feed");
        LinkedHashSet<ContraceptionMethod> oneWay =
                new LinkedHashSet<>(List.of(ContraceptionMethod.IUD, ContraceptionMethod.CONDOM));
        LinkedHashSet<ContraceptionMethod> otherWay =
                new LinkedHashSet<>(List.of(ContraceptionMethod.CONDOM, ContraceptionMethod.IUD));
        byte[] first = fold.apply(record(1, new ContraceptionStopped(PATIENT, oneWay, DAY)))
                .orElseThrow()
                .value();
        byte[] second = fold.apply(record(1, new ContraceptionStopped(PATIENT, otherWay, DAY)))
                .orElseThrow()
                .value();
        assertThat(first).isEqualTo(second);
    }

    @Test
    void whoRecordedAChange_isLeftOut() {
        ProducerRecord<String, byte[]> changed = new FeedFold(PSEUDONYMS, "/isoledger/analytics-feed")
                .apply(record(
                        0,
                        new ReproductivePotentialChanged(
                                PATIENT, false, DAY, PotentialChangeReason.MENOPAUSE, "nurse-ann")))
                .orElseThrow();
        assertThat(new String(changed.value(), StandardCharsets.UTF_8)).doesNotContain("nurse-ann");
    }

    @Test
    void twoFoldsOfTheSameEvents_writeTheSameBytes() {
        assertThat(bytes(new FeedFold(PSEUDONYMS, "/s"), COURSE))
                .containsExactlyElementsOf(bytes(new FeedFold(PSEUDONYMS, "/s"), COURSE));
    }

    @Test
    void anUnreadableRecord_isRefused() {
        ConsumerRecord<String, byte[]> garbage = new ConsumerRecord<>(
                Topics.EVENTS,
                0,
                0,
                0L,
                TimestampType.CREATE_TIME,
                -1,
                -1,
                PATIENT,
                "{".getBytes(StandardCharsets.UTF_8),
                new RecordHeaders(),
                Optional.empty());
        assertThatThrownBy(() -> new FeedFold(PSEUDONYMS, "/s").apply(garbage))
                .isInstanceOf(UnreadableEventException.class);
    }

    private static SideEffectReported sideEffect(LocalDate onset) {
        return new SideEffectReported(
                PATIENT, SideEffectTerm.DRY_LIPS, 1, onset, Reporter.PATIENT, "cracked lips", false);
    }

    private static List<JsonNode> values(FeedFold fold, List<Event> events) {
        List<JsonNode> values = new ArrayList<>();
        for (byte[] value : bytes(fold, events)) {
            try {
                values.add(WireJson.MAPPER.readTree(value));
            } catch (java.io.IOException e) {
                throw new AssertionError(e);
            }
        }
        return values;
    }

    private static List<byte[]> bytes(FeedFold fold, List<Event> events) {
        List<byte[]> values = new ArrayList<>();
        for (int i = 0; i < events.size(); i++) {
            fold.apply(record(i, events.get(i))).map(ProducerRecord::value).ifPresent(values::add);
        }
        return values;
    }

    /** The event as the decider writes it: at offset i, sequence i + 1. */
    static ConsumerRecord<String, byte[]> record(long offset, Event event) {
        RecordHeaders headers = new RecordHeaders();
        CloudEventHeaders.write(
                headers,
                new EventMetadata(
                        eventId(offset + 1),
                        EventTypes.ALL.of(event).ceType(),
                        "/isoledger",
                        event.patientId(),
                        RECORDED,
                        offset + 1,
                        "correlation",
                        "command-1",
                        "DR-ACTOR"));
        return new ConsumerRecord<>(
                Topics.EVENTS,
                0,
                offset,
                RECORDED.toEpochMilli(),
                TimestampType.CREATE_TIME,
                -1,
                -1,
                event.patientId(),
                EventCodec.encode(event),
                headers,
                Optional.empty());
    }

    private static String eventId(long sequence) {
        return java.util
                .UUID
                .nameUUIDFromBytes((PATIENT + "#" + sequence).getBytes(StandardCharsets.UTF_8))
                .toString();
    }
}
