package io.isoledger.eventlog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.isoledger.domain.Analyte;
import io.isoledger.domain.ContraceptionFailureKind;
import io.isoledger.domain.ContraceptionMethod;
import io.isoledger.domain.DrugClass;
import io.isoledger.domain.LabResult;
import io.isoledger.domain.PotentialChangeReason;
import io.isoledger.domain.PregnancyTestMethod;
import io.isoledger.domain.PregnancyTestResult;
import io.isoledger.domain.ProcedureKind;
import io.isoledger.domain.Reporter;
import io.isoledger.domain.ReproductiveStatus;
import io.isoledger.domain.Sex;
import io.isoledger.domain.SideEffectTerm;
import io.isoledger.domain.TreatmentEndReason;
import io.isoledger.domain.Violation;
import io.isoledger.domain.event.BloodTestRecorded;
import io.isoledger.domain.event.ConcomitantMedicationRecorded;
import io.isoledger.domain.event.ContraceptionConfirmed;
import io.isoledger.domain.event.ContraceptionFailureReported;
import io.isoledger.domain.event.ContraceptionStopped;
import io.isoledger.domain.event.Event;
import io.isoledger.domain.event.PatientEnrolled;
import io.isoledger.domain.event.PregnancyTestRecorded;
import io.isoledger.domain.event.PrescriptionDispensed;
import io.isoledger.domain.event.PrescriptionExpired;
import io.isoledger.domain.event.PrescriptionIssued;
import io.isoledger.domain.event.ProcedureScheduled;
import io.isoledger.domain.event.ReproductivePotentialChanged;
import io.isoledger.domain.event.ReproductiveStatusDeclared;
import io.isoledger.domain.event.SafetyAlertRaised;
import io.isoledger.domain.event.SafetyAlertResolved;
import io.isoledger.domain.event.SideEffectReported;
import io.isoledger.domain.event.TreatmentEnded;
import io.isoledger.domain.event.WeightRecorded;
import java.io.IOException;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The schemas in {@code openapi/events/} are what consumers code against, so they must describe
 * exactly what {@link WireJson} writes: a field added to an event without a schema change fails here.
 * The schemas of superseded versions stay for the records still on the topic: their examples must
 * read, through the upcasters, as events of the current version.
 */
class EventSchemaTest {

    private static final Path SCHEMAS = Path.of("openapi", "events");
    private static final LocalDate DAY = LocalDate.of(2026, 11, 25);

    /**
     * Every superseded version whose records may still be on the topic, and the current version
     * {@link Upcasters} reads it as. Their schemas stay in the folder and in the README.
     */
    private static final Map<String, String> SUPERSEDED = Map.of(
            "isoledger.PatientEnrolled.v1", "isoledger.PatientEnrolled.v2",
            "isoledger.BloodTestRecorded.v1", "isoledger.BloodTestRecorded.v2",
            "isoledger.ContraceptionConfirmed.v1", "isoledger.ContraceptionConfirmed.v2",
            "isoledger.PrescriptionIssued.v1", "isoledger.PrescriptionIssued.v2");

    /** The header metadata a superseded example is read with; its date fills what v1 did not carry. */
    private static final Instant RECORDED_AT = Instant.parse("2026-11-25T01:02:03.456Z");

    /** At least one per event type; nullable fields appear both set and null. */
    private static final List<Event> SAMPLES = List.of(
            new PatientEnrolled("P-1", Sex.FEMALE, LocalDate.of(2001, 4, 2), new BigDecimal("58.5"), true, DAY),
            new BloodTestRecorded(
                    "P-1",
                    DAY,
                    true,
                    List.of(
                            LabResult.inStandardUnit(Analyte.ALT, new BigDecimal("21"), new BigDecimal("40")),
                            LabResult.inStandardUnit(Analyte.TRIGLYCERIDES, new BigDecimal("132.5"), null),
                            new LabResult(
                                    Analyte.ALT,
                                    new BigDecimal("0.5"),
                                    "µkat/L",
                                    new BigDecimal("0.67"),
                                    new BigDecimal("30"),
                                    "U/L",
                                    new BigDecimal("40.2")),
                            new LabResult(
                                    Analyte.HCG,
                                    new BigDecimal("12"),
                                    "IU/L",
                                    null,
                                    new BigDecimal("12"),
                                    "m[IU]/mL",
                                    null),
                            new LabResult(
                                    Analyte.TRIGLYCERIDES, new BigDecimal("3"), "mmol/dl", null, null, "mg/dL", null))),
            new PrescriptionIssued(
                    "P-1", "RX-9", 20, 2, 40, 90, 3600, DAY, DAY.plusDays(89), DAY, "DR-7", DAY.plusDays(7)),
            new PrescriptionIssued("P-1", "RX-8", 10, 1, 10, 30, 300, DAY, DAY.plusDays(29), DAY, "DR-7", null),
            new PrescriptionDispensed("P-1", "RX-9", DAY.plusDays(2), "PH-12", 180),
            new PrescriptionExpired("P-1", "RX-8", DAY.plusDays(8)),
            new SideEffectReported("P-1", SideEffectTerm.DRY_LIPS, 1, DAY, Reporter.PATIENT, "cracked", false),
            new SideEffectReported("P-1", SideEffectTerm.ACNE_FLARE, 2, DAY, Reporter.NURSE, null, true),
            new ReproductiveStatusDeclared("P-1", ReproductiveStatus.NONE, DAY),
            new ReproductiveStatusDeclared("P-1", ReproductiveStatus.TRYING_TO_CONCEIVE, DAY),
            new PregnancyTestRecorded("P-1", DAY, PregnancyTestResult.NEGATIVE, PregnancyTestMethod.URINE),
            new PregnancyTestRecorded("P-1", DAY, PregnancyTestResult.POSITIVE, PregnancyTestMethod.SERUM),
            new ContraceptionConfirmed(
                    "P-1",
                    EnumSet.of(
                            ContraceptionMethod.ORAL_CONTRACEPTIVE,
                            ContraceptionMethod.CONDOM,
                            ContraceptionMethod.IUD),
                    DAY.minusDays(30),
                    DAY.minusDays(2)),
            new ContraceptionConfirmed("P-1", Set.of(ContraceptionMethod.ABSTINENCE), DAY, DAY),
            new ContraceptionStopped("P-1", EnumSet.of(ContraceptionMethod.ORAL_CONTRACEPTIVE), DAY),
            new ContraceptionFailureReported("P-1", DAY, ContraceptionFailureKind.MISSED_PILL, "two pills missed"),
            new ContraceptionFailureReported("P-1", DAY, ContraceptionFailureKind.CONDOM_FAILURE, null),
            new ReproductivePotentialChanged("P-1", false, DAY, PotentialChangeReason.STERILIZATION, "DR-7"),
            new ReproductivePotentialChanged("P-1", true, DAY, PotentialChangeReason.CORRECTION, "nurse-3"),
            new ConcomitantMedicationRecorded("P-1", "minocycline", DrugClass.TETRACYCLINE, DAY.minusDays(60), null),
            new ConcomitantMedicationRecorded(
                    "P-1", "minocycline", DrugClass.TETRACYCLINE, DAY.minusDays(60), DAY.minusDays(1)),
            new ProcedureScheduled(
                    "P-1",
                    "PR-1",
                    ProcedureKind.LASER,
                    DAY.plusDays(30),
                    true,
                    List.of(new Violation("R12", "LASER on 2026-12-25 is too early."))),
            new ProcedureScheduled("P-1", "PR-2", ProcedureKind.SURGERY, DAY.minusDays(3), false, List.of()),
            new TreatmentEnded(
                    "P-1", DAY, TreatmentEndReason.COMPLETED, DAY.plusDays(90), DAY.plusDays(30), DAY.plusDays(180)),
            new TreatmentEnded(
                    "P-1", DAY, TreatmentEndReason.DISCONTINUED_PREGNANCY, null, DAY.plusDays(30), DAY.plusDays(180)),
            new TreatmentEnded(
                    "P-1", DAY, TreatmentEndReason.LAPSED, DAY.plusDays(90), DAY.plusDays(30), DAY.plusDays(180)),
            new SafetyAlertRaised("P-1", "AL-3", "R9", false, "Triglycerides 550 mg/dL exceed 500 mg/dL.", DAY),
            new SafetyAlertRaised("P-1", "AL-4", "R4", true, "Positive SERUM pregnancy test.", DAY),
            new SafetyAlertResolved("P-1", "AL-3", "DR-7", "Repeat sample normal.", DAY),
            new SafetyAlertResolved("P-1", "AL-4", "DR-7", "Pregnancy excluded by repeat serum test.", DAY),
            new WeightRecorded("P-1", new BigDecimal("61.25"), DAY));

    static Stream<String> ceTypes() {
        return EventTypes.ALL.all().stream().map(WireType::ceType).sorted();
    }

    static Stream<String> supersededCeTypes() {
        return SUPERSEDED.keySet().stream().sorted();
    }

    /** Every type a schema describes: the current ones and the superseded ones still on the topic. */
    static Stream<String> schemaCeTypes() {
        return Stream.concat(ceTypes(), supersededCeTypes());
    }

    static Stream<Named<Event>> samples() {
        return SAMPLES.stream().map(e -> Named.of(EventTypes.ALL.of(e).ceType(), e));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("schemaCeTypes")
    void schema_isNamedAfterItsCeType(String ceType) {
        JsonNode schema = schemaOf(ceType);
        assertThat(schema.path("$schema").asText()).isEqualTo("https://json-schema.org/draft/2020-12/schema");
        assertThat(schema.path("$id").asText()).isEqualTo("urn:isoledger:events:" + ceType);
        assertThat(schema.path("title").asText()).isEqualTo(ceType);
        assertThat(schema.path("description").asText()).isNotBlank();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("ceTypes")
    void schema_describesExactlyTheRecordComponents(String ceType) {
        JsonNode schema = schemaOf(ceType);
        assertDescribesRecord(wireType(ceType).javaType(), schema, schema, ceType);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("ceTypes")
    void schemaExamples_conformAndRoundTripThroughTheEvent(String ceType) throws IOException {
        JsonNode schema = schemaOf(ceType);
        assertThat(schema.path("examples")).as("%s examples", ceType).isNotEmpty();
        for (JsonNode example : schema.path("examples")) {
            assertConforms(example, schema, schema, ceType);
            Event event = WireJson.MAPPER.treeToValue(example, wireType(ceType).javaType());
            JsonNode written = WireJson.MAPPER.readTree(EventCodec.encode(event));
            assertThat(asSets(written, schema, schema)).isEqualTo(asSets(example, schema, schema));
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("samples")
    void serializedEvent_conformsToItsSchema(Event sample) throws IOException {
        String ceType = EventTypes.ALL.of(sample).ceType();
        JsonNode schema = schemaOf(ceType);
        assertConforms(WireJson.MAPPER.readTree(EventCodec.encode(sample)), schema, schema, ceType);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("samples")
    void serializedEvent_readsBackAsTheSameEvent(Event sample) throws IOException {
        assertThat(WireJson.MAPPER.readValue(EventCodec.encode(sample), sample.getClass()))
                .isEqualTo(sample);
    }

    @Test
    void everyEventType_hasASample() {
        Set<Class<?>> sampled = SAMPLES.stream().map(Object::getClass).collect(Collectors.toSet());
        Set<Class<?>> mapped =
                EventTypes.ALL.all().stream().map(WireType::javaType).collect(Collectors.toSet());
        assertThat(sampled).isEqualTo(mapped);
    }

    @Test
    void everySchemaFile_isAnEventType() throws IOException {
        Set<String> files;
        try (Stream<Path> list = Files.list(SCHEMAS)) {
            files = list.map(f -> f.getFileName().toString())
                    .filter(n -> n.endsWith(".schema.json"))
                    .collect(Collectors.toSet());
        }
        assertThat(files).isEqualTo(schemaCeTypes().map(t -> t + ".schema.json").collect(Collectors.toSet()));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("schemaCeTypes")
    void readme_listsTheEventType(String ceType) throws IOException {
        String readme = Files.readString(SCHEMAS.resolve("README.md"), StandardCharsets.UTF_8);
        assertThat(readme).contains("| `" + ceType + "` | [schema](" + ceType + ".schema.json) |");
    }

    /** Each older version of a current type keeps a schema and is read as the current version. */
    @ParameterizedTest(name = "{0}")
    @MethodSource("ceTypes")
    void everyOlderVersion_isSupersededByTheCurrentOne(String ceType) {
        WireType<Event> current = wireType(ceType);
        for (int version = 1; version < current.version(); version++) {
            String older = "isoledger." + current.name() + ".v" + version;
            assertThat(SUPERSEDED).as("superseded %s", older).containsEntry(older, ceType);
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("supersededCeTypes")
    void supersededVersion_isUpcastToItsCurrentVersion(String ceType) {
        String current = SUPERSEDED.get(ceType);
        assertThat(EventTypes.ALL.byCeType(ceType))
                .as("%s is no longer written", ceType)
                .isEmpty();
        assertThat(EventTypes.ALL.byCeType(current))
                .as("%s is current", current)
                .isPresent();
        for (JsonNode example : schemaOf(ceType).path("examples")) {
            assertThat(Upcasters.toCurrent(ceType, example, metadata(ceType)).ceType())
                    .isEqualTo(current);
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("supersededCeTypes")
    void supersededSchema_saysWhatSupersedesIt(String ceType) {
        assertThat(schemaOf(ceType).path("description").asText())
                .startsWith("Superseded by " + SUPERSEDED.get(ceType) + ": written before ")
                .contains("reads each one as " + SUPERSEDED.get(ceType));
    }

    /**
     * Old records are read through the upcasters: each example of a superseded schema conforms to
     * it, reads as an event of the current version, and that event, written again, conforms to the
     * current schema and keeps every value the old record had.
     */
    @ParameterizedTest(name = "{0}")
    @MethodSource("supersededCeTypes")
    void supersededExamples_conformAndReadAsTheCurrentVersion(String ceType) throws IOException {
        JsonNode schema = schemaOf(ceType);
        String currentType = SUPERSEDED.get(ceType);
        JsonNode currentSchema = schemaOf(currentType);
        assertThat(schema.path("examples")).as("%s examples", ceType).isNotEmpty();
        for (JsonNode example : schema.path("examples")) {
            assertConforms(example, schema, schema, ceType);
            Event event = EventCodec.decode(metadata(ceType), WireJson.MAPPER.writeValueAsString(example));
            assertThat(event).isInstanceOf(wireType(currentType).javaType());
            JsonNode written = WireJson.MAPPER.readTree(EventCodec.encode(event));
            assertConforms(written, currentSchema, currentSchema, currentType + " read from " + ceType);
            assertKeeps(
                    asSets(example, schema, schema),
                    asSets(written, currentSchema, currentSchema),
                    currentType + " read from " + ceType);
        }
    }

    /** The README promises decimals as plain JSON numbers, never in exponent notation. */
    @Test
    void decimals_areWrittenPlain() {
        var event = new WeightRecorded("P-1", new BigDecimal("6E+1"), DAY);
        assertThat(new String(EventCodec.encode(event), StandardCharsets.UTF_8)).contains("\"weightKg\":60,");
    }

    /** The README promises decimals with the digits as recorded: reading a record keeps them too. */
    @Test
    void decimals_readBackWithTheirDigits() {
        Event read = EventCodec.decode(
                metadata("isoledger.WeightRecorded.v1"),
                "{\"patientId\":\"P-1\",\"weightKg\":58.50,\"measuredOn\":\"2026-11-25\"}");
        assertThat(((WeightRecorded) read).weightKg()).isEqualTo(new BigDecimal("58.50"));
    }

    /** Every value of {@code old}, at the same place in {@code current}, which may have more. */
    private static void assertKeeps(JsonNode old, JsonNode current, String path) {
        if (old.isObject()) {
            assertThat(current.isObject()).as("%s is an object", path).isTrue();
            old.properties().forEach(f -> {
                assertThat(current.has(f.getKey()))
                        .as("%s.%s kept", path, f.getKey())
                        .isTrue();
                assertKeeps(f.getValue(), current.get(f.getKey()), path + "." + f.getKey());
            });
        } else if (old.isArray()) {
            assertThat(current.isArray()).as("%s is an array", path).isTrue();
            assertThat(current.size()).as("%s size", path).isEqualTo(old.size());
            for (int i = 0; i < old.size(); i++) {
                assertKeeps(old.get(i), current.get(i), path + "[" + i + "]");
            }
        } else if (old.isNumber()) {
            assertThat(current.isNumber()).as("%s is a number", path).isTrue();
            assertThat(current.decimalValue()).as(path).isEqualByComparingTo(old.decimalValue());
        } else {
            assertThat(current).as(path).isEqualTo(old);
        }
    }

    private static EventMetadata metadata(String ceType) {
        return new EventMetadata(
                "00000000-0000-3000-8000-000000000001",
                ceType,
                "/isoledger",
                "P-123",
                RECORDED_AT,
                1,
                "correlation-1",
                "command-1",
                "clinic-system");
    }

    private static void assertDescribesRecord(Class<?> record, JsonNode schema, JsonNode root, String path) {
        RecordComponent[] components = record.getRecordComponents();
        assertThat(components).as("%s is a record", record.getName()).isNotNull();
        Set<String> names =
                Arrays.stream(components).map(RecordComponent::getName).collect(Collectors.toSet());
        assertThat(types(schema)).as("%s type", path).containsExactly("object");
        assertThat(fieldNames(schema.path("properties")))
                .as("%s properties", path)
                .isEqualTo(names);
        assertThat(schema.path("additionalProperties").isBoolean()
                        && !schema.path("additionalProperties").asBoolean())
                .as("%s additionalProperties: false", path)
                .isTrue();
        Set<String> required = new HashSet<>();
        schema.path("required").forEach(n -> required.add(n.asText()));
        for (RecordComponent c : components) {
            String at = path + "." + c.getName();
            JsonNode property = resolve(root, schema.path("properties").path(c.getName()));
            assertThat(property.path("description").asText())
                    .as("%s description", at)
                    .isNotBlank();
            boolean nullable = types(property).contains("null");
            assertThat(required.contains(c.getName()))
                    .as("%s required unless nullable", at)
                    .isEqualTo(!nullable);
            assertThat(nullable && c.getType().isPrimitive())
                    .as("%s is primitive, never null", at)
                    .isFalse();
            assertDescribesType(c.getGenericType(), property, root, at);
        }
    }

    private static void assertDescribesType(Type type, JsonNode schema, JsonNode root, String path) {
        Class<?> raw = type instanceof ParameterizedType p ? (Class<?>) p.getRawType() : (Class<?>) type;
        Set<String> types = types(schema);
        types.remove("null");
        if (raw == String.class) {
            assertThat(types).as(path).containsExactly("string");
        } else if (raw == int.class || raw == Integer.class || raw == long.class || raw == Long.class) {
            assertThat(types).as(path).containsExactly("integer");
        } else if (raw == boolean.class || raw == Boolean.class) {
            assertThat(types).as(path).containsExactly("boolean");
        } else if (raw == BigDecimal.class) {
            assertThat(types).as(path).containsExactly("number");
        } else if (raw == LocalDate.class) {
            assertThat(types).as(path).containsExactly("string");
            assertThat(schema.path("format").asText()).as("%s format", path).isEqualTo("date");
        } else if (raw.isEnum()) {
            assertThat(types).as(path).containsExactly("string");
            Set<String> constants = Arrays.stream(raw.getEnumConstants())
                    .map(e -> ((Enum<?>) e).name())
                    .collect(Collectors.toSet());
            assertThat(textValues(schema.path("enum"))).as("%s enum", path).isEqualTo(constants);
        } else if (raw == List.class || raw == Set.class) {
            assertThat(types).as(path).containsExactly("array");
            assertThat(schema.path("uniqueItems").asBoolean(false))
                    .as("%s uniqueItems", path)
                    .isEqualTo(raw == Set.class);
            Type item = ((ParameterizedType) type).getActualTypeArguments()[0];
            assertDescribesType(item, resolve(root, schema.path("items")), root, path + "[]");
        } else if (raw.isRecord()) {
            assertDescribesRecord(raw, schema, root, path);
        } else {
            fail("%s: no JSON schema mapping for %s; extend this test with the wire form of the type", path, raw);
        }
    }

    /** A small check of what these schemas use; deliberately no general validator dependency. */
    private static void assertConforms(JsonNode value, JsonNode schemaOrRef, JsonNode root, String path) {
        JsonNode schema = resolve(root, schemaOrRef);
        Set<String> types = types(schema);
        if (value.isNull()) {
            assertThat(types).as("%s is null", path).contains("null");
        } else if (value.isObject()) {
            assertThat(types).as(path).contains("object");
            assertThat(fieldNames(schema.path("properties")))
                    .as("%s declares what is written", path)
                    .containsAll(fieldNames(value));
            schema.path("required")
                    .forEach(r -> assertThat(value.path(r.asText()).isMissingNode()
                                    || value.path(r.asText()).isNull())
                            .as("%s.%s is required and non-null", path, r.asText())
                            .isFalse());
            value.properties()
                    .forEach(f -> assertConforms(
                            f.getValue(), schema.path("properties").path(f.getKey()), root, path + "." + f.getKey()));
        } else if (value.isArray()) {
            assertThat(types).as(path).contains("array");
            assertThat(value.size())
                    .as("%s minItems", path)
                    .isGreaterThanOrEqualTo(schema.path("minItems").asInt(0));
            if (schema.path("uniqueItems").asBoolean(false)) {
                Set<JsonNode> distinct = new HashSet<>();
                value.forEach(distinct::add);
                assertThat(distinct).as("%s uniqueItems", path).hasSize(value.size());
            }
            value.forEach(item -> assertConforms(item, schema.path("items"), root, path + "[]"));
        } else if (value.isTextual()) {
            assertThat(types).as(path).contains("string");
            assertThat(value.asText().length())
                    .as("%s minLength", path)
                    .isGreaterThanOrEqualTo(schema.path("minLength").asInt(0));
            if (schema.has("pattern")) {
                assertThat(value.asText())
                        .as("%s pattern", path)
                        .containsPattern(schema.path("pattern").asText());
            }
            if (schema.has("enum")) {
                assertThat(textValues(schema.path("enum"))).as("%s enum", path).contains(value.asText());
            }
            if ("date".equals(schema.path("format").asText())) {
                assertThat(value.asText()).as("%s ISO date", path).matches("\\d{4}-\\d{2}-\\d{2}");
                LocalDate.parse(value.asText());
            }
        } else if (value.isNumber()) {
            if (value.isIntegralNumber()) {
                assertThat(types).as(path).containsAnyOf("integer", "number");
            } else {
                assertThat(types).as(path).contains("number");
            }
            BigDecimal number = value.decimalValue();
            if (schema.has("minimum")) {
                assertThat(number)
                        .as("%s minimum", path)
                        .isGreaterThanOrEqualTo(schema.path("minimum").decimalValue());
            }
            if (schema.has("exclusiveMinimum")) {
                assertThat(number)
                        .as("%s exclusiveMinimum", path)
                        .isGreaterThan(schema.path("exclusiveMinimum").decimalValue());
            }
            if (schema.has("maximum")) {
                assertThat(number)
                        .as("%s maximum", path)
                        .isLessThanOrEqualTo(schema.path("maximum").decimalValue());
            }
        } else if (value.isBoolean()) {
            assertThat(types).as(path).contains("boolean");
        } else {
            fail("%s: unexpected JSON %s", path, value.getNodeType());
        }
    }

    /**
     * The value with every array its schema declares uniqueItems sorted: a Java Set has no order
     * on the wire, so such arrays compare as sets.
     */
    private static JsonNode asSets(JsonNode value, JsonNode schemaOrRef, JsonNode root) {
        JsonNode schema = resolve(root, schemaOrRef);
        if (value.isObject()) {
            ObjectNode copy = WireJson.MAPPER.createObjectNode();
            value.properties()
                    .forEach(f -> copy.set(
                            f.getKey(),
                            asSets(f.getValue(), schema.path("properties").path(f.getKey()), root)));
            return copy;
        }
        if (value.isArray()) {
            List<JsonNode> items = new ArrayList<>();
            value.forEach(item -> items.add(asSets(item, schema.path("items"), root)));
            if (schema.path("uniqueItems").asBoolean(false)) {
                items.sort(Comparator.comparing(JsonNode::toString));
            }
            ArrayNode copy = WireJson.MAPPER.createArrayNode();
            items.forEach(copy::add);
            return copy;
        }
        return value;
    }

    private static WireType<Event> wireType(String ceType) {
        return EventTypes.ALL.byCeType(ceType).orElseThrow();
    }

    private static JsonNode schemaOf(String ceType) {
        Path file = SCHEMAS.resolve(ceType + ".schema.json");
        assertThat(file).as("schema of %s", ceType).isRegularFile();
        try {
            return WireJson.MAPPER.readTree(Files.readAllBytes(file));
        } catch (IOException e) {
            throw new AssertionError("unreadable " + file, e);
        }
    }

    private static JsonNode resolve(JsonNode root, JsonNode schema) {
        String ref = schema.path("$ref").asText("");
        return ref.startsWith("#/") ? root.at(ref.substring(1)) : schema;
    }

    private static Set<String> types(JsonNode schema) {
        JsonNode type = schema.path("type");
        return type.isArray() ? textValues(type) : new HashSet<>(type.isTextual() ? Set.of(type.asText()) : Set.of());
    }

    private static Set<String> fieldNames(JsonNode object) {
        return object.properties().stream().map(Map.Entry::getKey).collect(Collectors.toSet());
    }

    private static Set<String> textValues(JsonNode array) {
        Set<String> values = new HashSet<>();
        array.forEach(n -> values.add(n.asText()));
        return values;
    }
}
