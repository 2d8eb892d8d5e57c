package io.isoledger.docs;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * docs/architecture.md names only what exists: every class, method, file and link it mentions is in
 * the repository, and so is every path of the README's layout table. A rename that leaves the map
 * behind fails here.
 */
class ArchitectureDocumentTest {

    private static final Path DOC = Path.of("docs", "architecture.md");
    private static final Path MAIN = Path.of("src/main/java/io/isoledger");
    /** A name in backticks: {@code Type}, {@code package.Type}, {@code Type.member}, {@code Type.member()}. */
    private static final Pattern CODE_NAME =
            Pattern.compile("`((?:[a-z]+\\.)*)([A-Z][A-Za-z0-9]*)((?:\\.[A-Za-z][A-Za-z0-9]*)?)(?:\\(\\))?`");
    /** A package-qualified type anywhere, as in the diagram: {@code eventlog.CommandGateway}. */
    private static final Pattern QUALIFIED = Pattern.compile("\\b((?:[a-z]+\\.)+)([A-Z][A-Za-z0-9]*)\\b");

    private static final Pattern PATH = Pattern.compile("`([A-Za-z0-9_./-]+/[A-Za-z0-9_./-]*)(?:#(\\w+))?`");
    private static final Pattern LINK = Pattern.compile("\\]\\(([^)#]+)(?:#[^)]*)?\\)");

    private final SourceIndex sources = new SourceIndex();

    @Test
    void everyNameInTheArchitecture_isAClassOrMemberOfTheCode() {
        String doc = SourceIndex.text(DOC);
        List<String> unknown = new ArrayList<>();
        Matcher code = CODE_NAME.matcher(doc);
        while (code.find()) {
            checkType(code.group(1), code.group(2), unknown);
            String member = code.group(3);
            if (!member.isEmpty() && !sources.hasMember(code.group(2), member.substring(1))) {
                unknown.add(code.group());
            }
        }
        Matcher qualified = QUALIFIED.matcher(doc);
        while (qualified.find()) {
            checkType(qualified.group(1), qualified.group(2), unknown);
        }
        assertThat(unknown)
                .as("names in " + DOC + " that the code does not have")
                .isEmpty();
    }

    @Test
    void everyPathAndLinkInTheArchitecture_exists() {
        String doc = SourceIndex.text(DOC);
        List<String> missing = new ArrayList<>();
        Matcher path = PATH.matcher(doc);
        while (path.find()) {
            Path file = resolve(path.group(1));
            if (file == null || path.group(2) != null && !SourceIndex.text(file).contains(path.group(2))) {
                missing.add(path.group());
            }
        }
        Matcher link = LINK.matcher(doc);
        while (link.find()) {
            if (!Files.exists(DOC.resolveSibling(link.group(1)).normalize())) {
                missing.add(link.group(1));
            }
        }
        assertThat(missing).as("paths in " + DOC + " that do not exist").isEmpty();
    }

    @Test
    void everyPathOfTheReadmeLayout_exists() {
        String readme = SourceIndex.text(Path.of("README.md"));
        int start = readme.indexOf("## Layout");
        int end = readme.indexOf("\n## ", start + 1);
        String layout = readme.substring(start, end < 0 ? readme.length() : end);
        List<String> missing = new ArrayList<>();
        Matcher path = Pattern.compile("`([A-Za-z0-9_./{},-]+)`").matcher(layout);
        while (path.find()) {
            for (String each : expand(path.group(1))) {
                if (each.contains("/") && !Files.exists(Path.of(each))) {
                    missing.add(each);
                }
            }
        }
        assertThat(missing).as("paths in README.md's layout that do not exist").isEmpty();
    }

    private void checkType(String packagePrefix, String type, List<String> unknown) {
        if (type.equals(type.toUpperCase())) {
            return; // GET, JSON: words, not types
        }
        Path file = sources.file(type);
        if (file == null) {
            unknown.add(packagePrefix + type);
        } else if (!packagePrefix.isEmpty()
                && !file.getParent()
                        .endsWith(packagePrefix
                                .substring(0, packagePrefix.length() - 1)
                                .replace('.', '/'))) {
            unknown.add(packagePrefix + type + " (it is in " + file.getParent() + ")");
        }
    }

    /** A path as the document writes it: from the repository root, or under src/main/java/io/isoledger. */
    private static Path resolve(String written) {
        for (Path candidate : List.of(Path.of(written), MAIN.resolve(written))) {
            if (Files.exists(candidate)) {
                return Files.isDirectory(candidate) ? candidate.resolve(".") : candidate;
            }
        }
        return null;
    }

    /** {@code a/{b,c}/d} as {@code a/b/d} and {@code a/c/d}. */
    private static List<String> expand(String path) {
        int open = path.indexOf('{');
        if (open < 0) {
            return List.of(path.replace("…", ""));
        }
        int close = path.indexOf('}', open);
        List<String> paths = new ArrayList<>();
        for (String part : path.substring(open + 1, close).split(",")) {
            paths.addAll(expand(path.substring(0, open) + part + path.substring(close + 1)));
        }
        return paths;
    }
}
