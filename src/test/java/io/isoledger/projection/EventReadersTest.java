package io.isoledger.projection;

import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaField;
import com.tngtech.archunit.core.domain.JavaModifier;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import io.isoledger.domain.event.Event;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.reflect.Field;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * Every reader that decides per event type has decided for every type: the table "Who reads which
 * event" in docs/architecture.md has a row for each permitted {@link Event} and a column for each
 * {@link EventHandlers} in the production code, and each reader's handlers read exactly the types its
 * column marks {@code reads}. A new event type fails here until its row is written, reader by reader.
 */
class EventReadersTest {

    private static final Path DOC = Path.of("docs", "architecture.md");
    private static final String SECTION = "## Who reads which event";

    @Test
    void everyReaderHasDecidedForEveryEventType_asTheTableSays() {
        assertThat(differences(table(text(DOC)), readersInTheCode(), eventTypes()))
                .as("the table in " + DOC + " against the EventHandlers in the code")
                .isEmpty();
    }

    @Test
    void aNewEventTypeWithoutItsRow_isCaught() {
        Map<String, Map<String, Boolean>> table = table(text(DOC));
        table.remove("SideEffectReported");
        assertThat(differences(table, readersInTheCode(), eventTypes()))
                .containsExactly("SideEffectReported has no row: decide for each reader whether it reads it");
    }

    @Test
    void aReaderThatReadsWhatTheTableDoesNotSay_isCaught() {
        Map<String, Set<String>> readers = new TreeMap<>(readersInTheCode());
        readers.put("BloodTestProjection", Set.of("BloodTestRecorded", "PatientEnrolled"));
        readers.put("NewReader", Set.of());
        assertThat(differences(table(text(DOC)), readers, eventTypes()))
                .containsExactlyInAnyOrder(
                        "BloodTestProjection reads PatientEnrolled, the table says it does not",
                        "NewReader has no column");
    }

    /** What differs between the table and the readers; empty when they agree. */
    static List<String> differences(
            Map<String, Map<String, Boolean>> table, Map<String, Set<String>> readers, List<String> eventTypes) {
        List<String> differences = new ArrayList<>();
        for (String type : eventTypes) {
            if (!table.containsKey(type)) {
                differences.add(type + " has no row: decide for each reader whether it reads it");
            }
        }
        table.keySet().stream()
                .filter(type -> !eventTypes.contains(type))
                .forEach(type -> differences.add(type + " is a row but no event type"));
        Set<String> columns =
                table.values().stream().flatMap(row -> row.keySet().stream()).collect(Collectors.toSet());
        readers.keySet().stream()
                .filter(reader -> !columns.contains(reader))
                .forEach(reader -> differences.add(reader + " has no column"));
        columns.stream()
                .filter(column -> !readers.containsKey(column))
                .forEach(column -> differences.add(column + " is a column but reads nothing in the code"));
        table.forEach((type, row) -> row.forEach((reader, reads) -> {
            boolean readInCode = readers.getOrDefault(reader, Set.of()).contains(type);
            if (readers.containsKey(reader) && reads != readInCode) {
                differences.add(reader + (readInCode ? " reads " : " does not read ") + type + ", the table says it"
                        + (reads ? " does" : " does not"));
            }
        }));
        return differences;
    }

    /** Event type → reader → whether it reads it, from the markdown table under {@link #SECTION}. */
    static Map<String, Map<String, Boolean>> table(String doc) {
        int start = doc.indexOf(SECTION);
        assertThat(start).as(SECTION + " in " + DOC).isNotNegative();
        List<String> rows = doc.substring(start)
                .lines()
                .dropWhile(line -> !line.startsWith("|"))
                .takeWhile(line -> line.startsWith("|"))
                .toList();
        List<String> header = cells(rows.get(0));
        Map<String, Map<String, Boolean>> table = new LinkedHashMap<>();
        for (String line : rows.subList(2, rows.size())) {
            List<String> cells = cells(line);
            Map<String, Boolean> row = new LinkedHashMap<>();
            for (int i = 1; i < header.size(); i++) {
                row.put(header.get(i).replace("`", ""), cells.get(i).equals("reads"));
            }
            table.put(cells.get(0), row);
        }
        return table;
    }

    private static List<String> cells(String line) {
        return Arrays.stream(line.substring(1, line.lastIndexOf('|')).split("\\|"))
                .map(String::strip)
                .toList();
    }

    /** Each class holding a static {@link EventHandlers}, by simple name, with the types it reads. */
    static Map<String, Set<String>> readersInTheCode() {
        Map<String, Set<String>> readers = new TreeMap<>();
        new ClassFileImporter()
                .withImportOption(new ImportOption.DoNotIncludeTests()).importPackages("io.isoledger").stream()
                        .flatMap(c -> c.getFields().stream())
                        .filter(f -> f.getRawType().isEquivalentTo(EventHandlers.class))
                        .filter(f -> f.getModifiers().contains(JavaModifier.STATIC))
                        .forEach(f -> readers.merge(f.getOwner().getSimpleName(), typesRead(f), (a, b) -> {
                            throw new IllegalStateException(f.getOwner().getName() + " has two EventHandlers");
                        }));
        return readers;
    }

    private static Set<String> typesRead(JavaField field) {
        try {
            Field reflected = Class.forName(field.getOwner().getName()).getDeclaredField(field.getName());
            reflected.setAccessible(true);
            return ((EventHandlers<?>) reflected.get(null))
                    .read().stream().map(Class::getSimpleName).collect(Collectors.toSet());
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }

    private static List<String> eventTypes() {
        return Arrays.stream(Event.class.getPermittedSubclasses())
                .map(Class::getSimpleName)
                .toList();
    }

    private static String text(Path path) {
        try {
            return Files.readString(path);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
