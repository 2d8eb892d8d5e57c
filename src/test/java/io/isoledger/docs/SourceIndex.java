package io.isoledger.docs;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Every type declared in the main and test sources, by simple name, with the file that declares it:
 * what {@link ArchitectureDocumentTest} checks a document's names against.
 */
final class SourceIndex {

    private static final Pattern DECLARATION =
            Pattern.compile("\\b(?:class|record|interface|enum|@interface)\\s+([A-Z][A-Za-z0-9]*)");
    private static final List<Path> ROOTS = List.of(Path.of("src/main/java"), Path.of("src/test/java"));

    private final Map<String, Path> declaredIn = new HashMap<>();

    SourceIndex() {
        for (Path root : ROOTS) {
            try (Stream<Path> files = Files.walk(root)) {
                files.filter(file -> file.toString().endsWith(".java")).forEach(this::index);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    /** The file declaring the type of this simple name (a nested type: its outer file), or null. */
    Path file(String simpleName) {
        return declaredIn.get(simpleName);
    }

    /** Whether the file declaring {@code type} mentions {@code member} (a method, field or nested type). */
    boolean hasMember(String type, String member) {
        Path file = file(type);
        return file != null && text(file).contains(member);
    }

    static String text(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void index(Path file) {
        Matcher matcher = DECLARATION.matcher(text(file));
        while (matcher.find()) {
            declaredIn.putIfAbsent(matcher.group(1), file);
        }
    }
}
