package io.isoledger.docs;

import static org.assertj.core.api.Assertions.assertThat;

import io.isoledger.domain.rules.RuleCatalogue;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * docs/rules.md is rendered from the code ({@link RulesDocument}), so the catalogue a reader sees is
 * the one the decider enforces. On a difference the rendered file is written to target/rules.md, ready
 * to copy over docs/rules.md.
 */
class RulesDocumentTest {

    @Test
    void rulesDocument_isTheCatalogueAsTheCodeHasIt() throws Exception {
        String committed = RenderedText.read(Path.of("docs", "rules.md"));
        RenderedText.assertCommitted("docs/rules.md", committed, RulesDocument.render(), "rules.md");
    }

    @Test
    void everyRule_namesTheClassesThatDecideIt_andTheyExist() throws Exception {
        Map<String, List<String>> classes = RuleClasses.byRule();
        for (RuleCatalogue.Rule rule : RuleCatalogue.all()) {
            assertThat(classes.get(rule.id()))
                    .as("the classes that decide " + rule.id() + " (RuleClasses)")
                    .isNotEmpty();
        }
        for (List<String> names : classes.values()) {
            for (String name : names) {
                Class.forName("io.isoledger." + name, false, getClass().getClassLoader());
                Path source = Path.of("src/main/java/io/isoledger", name.replace('.', '/') + ".java");
                assertThat(Files.exists(source)).as(source + " exists").isTrue();
            }
        }
    }

    @Test
    void everyRuleThatAPolicyValueNames_isInTheCatalogue() {
        List<String> ids =
                RuleCatalogue.all().stream().map(RuleCatalogue.Rule::id).toList();
        PolicyValues.all().forEach(value -> assertThat(ids).containsAll(value.readBy()));
    }
}
