package io.isoledger.docs;

import io.isoledger.domain.rules.RuleCatalogue;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * The README's rule and profile tables are rendered from the code's rule catalogue and policy
 * profiles ({@link PolicyValues}), so they cannot drift. On a difference the rendered block is
 * written to target/README-rules.md, ready to paste between the markers. The full catalogue is
 * docs/rules.md ({@link RulesDocumentTest}).
 */
class ReadmeRulesTest {

    private static final String BEGIN = "<!-- rules:begin -->";
    private static final String END = "<!-- rules:end -->";

    @Test
    void readme_listsEveryRuleAndProfileValue_asTheCodeHasThem() throws Exception {
        String readme = RenderedText.read(Path.of("README.md"));
        int begin = readme.indexOf(BEGIN);
        int end = readme.indexOf(END);
        String current = begin < 0 || end < 0 ? "" : readme.substring(begin, end + END.length());
        RenderedText.assertCommitted("README.md's rules block", current, render(), "README-rules.md");
    }

    private static String render() {
        StringBuilder md = new StringBuilder(BEGIN).append('\n');
        md.append("| rule | checked on | what it asks |\n|---|---|---|\n");
        for (RuleCatalogue.Rule rule : RuleCatalogue.all()) {
            md.append("| ")
                    .append(rule.id())
                    .append(" | ")
                    .append(rule.checkedOn())
                    .append(" | ")
                    .append(rule.summary())
                    .append(" |\n");
        }
        md.append('\n').append(PolicyValues.header());
        PolicyValues.all().forEach(value -> md.append(value.row()));
        return md.append(END).toString();
    }
}
