package io.isoledger.eventlog;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.isoledger.domain.Analyte;
import io.isoledger.units.LabUnits;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.Optional;
import java.util.function.BiFunction;

/**
 * Reads the events of older versions still on the topic as the current version, so an old topic
 * replays to the same state. Each step takes one version to the next; the record on the topic is
 * never rewritten. Dates an old event did not carry are taken from its {@code ce_time} (UTC).
 */
final class Upcasters {

    /** One step: the CloudEvents type it produces and how. */
    private record Step(String toCeType, BiFunction<ObjectNode, EventMetadata, ObjectNode> change) {}

    /** An event's type and data as the current version. */
    record Upcast(String ceType, JsonNode data) {}

    private static final Map<String, Step> STEPS = Map.of(
            "isoledger.PatientEnrolled.v1",
            new Step("isoledger.PatientEnrolled.v2", Upcasters::enrolledOnFromRecordTime),
            "isoledger.ContraceptionConfirmed.v1",
            new Step("isoledger.ContraceptionConfirmed.v2", Upcasters::confirmedOnFromRecordTime),
            "isoledger.BloodTestRecorded.v1",
            new Step("isoledger.BloodTestRecorded.v2", Upcasters::resultsInStandardUnits),
            "isoledger.PrescriptionIssued.v1",
            new Step("isoledger.PrescriptionIssued.v2", Upcasters::handedOverBeforeDispensingWasRecorded));

    private Upcasters() {}

    static Upcast toCurrent(String ceType, JsonNode data, EventMetadata metadata) {
        String type = ceType;
        JsonNode current = data;
        Step step;
        while ((step = STEPS.get(type)) != null) {
            if (!(current instanceof ObjectNode node)) {
                throw new IllegalArgumentException("not a JSON object");
            }
            current = step.change().apply(node.deepCopy(), metadata);
            type = step.toCeType();
        }
        return new Upcast(type, current);
    }

    /** v1 came before dispensing was recorded: no window; the supply counts as handed over. */
    private static ObjectNode handedOverBeforeDispensingWasRecorded(ObjectNode data, EventMetadata metadata) {
        return data.putNull("dispenseBy");
    }

    /** v1 had no date for the enrolment: the day it was recorded. */
    private static ObjectNode enrolledOnFromRecordTime(ObjectNode data, EventMetadata metadata) {
        return data.put("enrolledOn", recordedOn(metadata).toString());
    }

    /** v1 had no confirmation date: the day it was recorded, and never before the start. */
    private static ObjectNode confirmedOnFromRecordTime(ObjectNode data, EventMetadata metadata) {
        LocalDate recorded = recordedOn(metadata);
        LocalDate startedOn = LocalDate.parse(data.path("startedOn").asText(recorded.toString()));
        return data.put("confirmedOn", (recorded.isBefore(startedOn) ? startedOn : recorded).toString());
    }

    /**
     * v1 kept results as sent: convert each accepted unit; a result in a unit that is not accepted
     * gets no standard value, so no rule reads it.
     */
    private static ObjectNode resultsInStandardUnits(ObjectNode data, EventMetadata metadata) {
        if (data.get("results") instanceof ArrayNode results) {
            results.forEach(result -> {
                if (result instanceof ObjectNode r) {
                    standardise(r);
                }
            });
        }
        return data;
    }

    private static void standardise(ObjectNode result) {
        Analyte analyte;
        try {
            analyte = Analyte.valueOf(result.path("analyte").asText());
        } catch (IllegalArgumentException e) {
            return; // unreadable anyway: decoding names it
        }
        BigDecimal value = decimal(result.get("value"));
        BigDecimal uln = decimal(result.get("upperLimitOfNormal"));
        var converted = value == null
                ? Optional.<LabUnits.Converted>empty()
                : LabUnits.convert(analyte, value, result.path("unit").asText(), uln);
        result.put("standardUnit", analyte.standardUnit());
        result.put(
                "standardValue",
                converted.map(LabUnits.Converted::standardValue).orElse(null));
        result.put(
                "standardUpperLimitOfNormal",
                converted.map(LabUnits.Converted::standardUpperLimitOfNormal).orElse(null));
    }

    /** A decimal as the event's own reading takes it: a number, or a number written as a string. */
    private static BigDecimal decimal(JsonNode node) {
        if (node == null || node.isNull()) {
            return null;
        }
        if (node.isNumber()) {
            return node.decimalValue();
        }
        try {
            return new BigDecimal(node.asText());
        } catch (NumberFormatException e) {
            return null; // unreadable anyway: decoding names it
        }
    }

    private static LocalDate recordedOn(EventMetadata metadata) {
        return LocalDate.ofInstant(metadata.time(), ZoneOffset.UTC);
    }
}
