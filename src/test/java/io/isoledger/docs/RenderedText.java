package io.isoledger.docs;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * A document, or a block of one, rendered from the code: the check that the committed text is the
 * rendered one, and on a difference the rendered text written to {@code target/} for pasting. Used by
 * {@link ReadmeRulesTest} and {@link RulesDocumentTest}.
 */
final class RenderedText {

    private RenderedText() {}

    /**
     * Asserts that {@code committed} is {@code rendered}; if not, writes the rendered text to
     * {@code target/<pasteFile>} first and names it in the failure.
     */
    static void assertCommitted(String document, String committed, String rendered, String pasteFile)
            throws IOException {
        Path paste = Path.of("target", pasteFile);
        if (!committed.equals(rendered)) {
            Files.createDirectories(paste.getParent());
            Files.writeString(paste, rendered);
        }
        assertThat(committed)
                .as(document + " differs from the code; the rendered text is in " + paste)
                .isEqualTo(rendered);
    }

    /** The file's text, or empty if there is none yet. */
    static String read(Path file) throws IOException {
        return Files.exists(file) ? Files.readString(file) : "";
    }
}
