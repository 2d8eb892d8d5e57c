package io.isoledger.logging;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.sql.SQLException;
import java.time.LocalDate;
import org.apache.kafka.common.errors.TimeoutException;
import org.junit.jupiter.api.Test;

/** What a log line may say of a failure: the types, never a message that could quote input. */
class SafeReasonsTest {

    private static final String PATIENT = "P-ZEPHYRINE-1987";

    @Test
    void aMessageThatQuotesInput_isLeftOut_theTypesFromOutermostToRootStay() {
        Exception failure = new IllegalStateException(
                "cannot project " + PATIENT, new IllegalArgumentException("bad value " + PATIENT));

        assertThat(SafeReasons.of(failure))
                .isEqualTo("java.lang.IllegalStateException <- java.lang.IllegalArgumentException")
                .doesNotContain(PATIENT);
    }

    @Test
    void aParserQuotingTheValue_andADatabaseQuotingTheRow_sayOnlyTheirTypeAndSqlState() throws Exception {
        Exception parse;
        try {
            new ObjectMapper().findAndRegisterModules().readValue("\"" + PATIENT + "\"", LocalDate.class);
            throw new AssertionError("parsed");
        } catch (Exception e) {
            parse = e;
        }
        assertThat(parse.getMessage()).contains(PATIENT);
        SQLException sql = new SQLException("duplicate key: Key (patient_id)=(" + PATIENT + ")", "23505");

        assertThat(SafeReasons.of(parse)).doesNotContain(PATIENT);
        assertThat(SafeReasons.of(sql)).isEqualTo("java.sql.SQLException [SQLState 23505]");
    }

    @Test
    void messagesAboutServersOnly_areKept() {
        assertThat(SafeReasons.of(new TimeoutException("Topic isoledger.commands.v1 not present in metadata")))
                .isEqualTo("org.apache.kafka.common.errors.TimeoutException: Topic isoledger.commands.v1 not present"
                        + " in metadata");
        assertThat(SafeReasons.of(new java.net.ConnectException("Connection refused")))
                .isEqualTo("java.net.ConnectException: Connection refused");
    }

    @Test
    void aRedactedException_keepsTheFramesAndCauses_withoutTheMessages() {
        RuntimeException root = new IllegalArgumentException("birth date " + PATIENT);
        RuntimeException failure = new IllegalStateException("for " + PATIENT, root);

        Throwable redacted = SafeReasons.redacted(failure);
        StringWriter printed = new StringWriter();
        redacted.printStackTrace(new PrintWriter(printed));

        assertThat(printed.toString())
                .doesNotContain(PATIENT)
                .contains("java.lang.IllegalStateException", "Caused by: java.lang.IllegalArgumentException")
                .contains("aRedactedException_keepsTheFramesAndCauses_withoutTheMessages");
        assertThat(redacted.getStackTrace()).isEqualTo(failure.getStackTrace());
        assertThat(redacted.getCause().getStackTrace()).isEqualTo(root.getStackTrace());
    }

    @Test
    void aPatientInALogLine_isAPseudonym_theSameEachTime_anotherForAnotherPatient() {
        String pseudonym = LogPseudonyms.of(PATIENT);

        assertThat(pseudonym).matches("p-[0-9a-f]{16}").doesNotContain("ZEPHYRINE");
        assertThat(LogPseudonyms.of(PATIENT)).isEqualTo(pseudonym);
        assertThat(LogPseudonyms.of("P-OTHER")).isNotEqualTo(pseudonym);
        assertThat(LogPseudonyms.of(null)).isEqualTo("-");
    }
}
