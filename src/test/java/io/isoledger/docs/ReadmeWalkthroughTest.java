package io.isoledger.docs;

import static org.assertj.core.api.Assertions.assertThat;

import io.isoledger.testsupport.IsoLedgerTestEnvironment;
import io.isoledger.testsupport.Tokens;
import io.isoledger.web.auth.Roles;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import java.io.IOException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * The README's walk-through, run as a newcomer would run it (bash, curl, GNU date), against this
 * service: only the address and the dev-mode token line are replaced. Each step's answer is checked
 * in order, so a rule change that breaks the walk-through fails here.
 */
@QuarkusTest
@WithTestResource(IsoLedgerTestEnvironment.class)
class ReadmeWalkthroughTest {

    @TestHTTPResource("/")
    URL root;

    @Test
    void theWalkthrough_runsAsWritten_andEveryStepAnswersAsItsCommentSays() throws Exception {
        String script = walkthrough()
                .replace("http://localhost:8080/", root.toString())
                .replaceFirst(
                        "TOKEN=\\$\\(curl [^\\n]*",
                        "TOKEN=" + Tokens.forRoles("walkthrough", Roles.PRESCRIBER, Roles.NURSE, Roles.ANALYST));
        List<String> answers = run(script);

        assertThat(answers).hasSize(23);
        assertThat(answers.get(0)).contains("\"version\":1", "PatientEnrolled");
        assertThat(answers.get(1)).contains("\"eligible\":false", "R2", "R4");
        assertThat(answers.get(4)).contains("BloodTestRecorded", "\"standardUnit\":\"mg/dL\"");
        assertThat(answers.get(5)).contains("WeightRecorded");
        assertThat(answers.get(6)).contains("\"earliestStart\"", "\"rule\":\"R16\"", "\"rule\":\"R22\"");
        assertThat(answers.get(7)).contains("PrescriptionIssued");
        assertThat(answers.get(8)).contains("\"status\":409");
        assertThat(answers.get(9)).contains("\"status\":422", "R1", "R2", "R4", "R7", "R16");
        assertThat(answers.get(10)).contains("PrescriptionDispensed", "PH-12");
        assertThat(answers.get(11)).contains("SafetyAlertRaised", "R10");
        assertThat(answers.get(13)).contains("SafetyAlertResolved");
        assertThat(answers.get(14)).contains("ContraceptionFailureReported", "R18", "Stop isotretinoin");
        assertThat(answers.get(15)).contains("\"conflict\":true", "R12");
        assertThat(answers.get(16)).contains("TreatmentEnded", "contraceptionRequiredUntil");
        assertThat(answers.get(17))
                .contains("\"status\":\"ENDED\"", "\"weightKg\":58.5", "\"rule\":\"R18\"", "\"status\":\"DISPENSED\"");
        assertThat(answers.subList(18, 21))
                .allSatisfy(answer -> assertThat(answer).startsWith("["));
        assertThat(answers.get(21)).contains("DEPRESSION");
        assertThat(answers.get(22)).startsWith("[");
    }

    /** The bash block of the README's walk-through section. */
    private static String walkthrough() throws IOException {
        String readme = Files.readString(Path.of("README.md"), StandardCharsets.UTF_8);
        int section = readme.indexOf("## Walk-through");
        int start = readme.indexOf("```bash\n", section) + "```bash\n".length();
        return readme.substring(start, readme.indexOf("```", start));
    }

    /** Runs the script with bash; every non-empty line it prints is one answer of the service. */
    private static List<String> run(String script) throws Exception {
        Process bash = new ProcessBuilder("bash", "-euo", "pipefail", "-c", script)
                .redirectErrorStream(true)
                .start();
        String output = new String(bash.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(bash.waitFor(2, TimeUnit.MINUTES))
                .as("the walk-through ends")
                .isTrue();
        assertThat(bash.exitValue())
                .as("the walk-through's exit status; it printed:\n" + output)
                .isZero();
        return output.lines().filter(line -> !line.isBlank()).toList();
    }
}
