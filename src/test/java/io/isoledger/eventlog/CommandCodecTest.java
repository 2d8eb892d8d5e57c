package io.isoledger.eventlog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.isoledger.domain.PatientState;
import io.isoledger.domain.command.RecordWeight;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** A commands-topic record is read once into what it is: a command in its envelope, or a restore. */
class CommandCodecTest {

    @Test
    void aCommand_isReadBackAsItsEnvelope() {
        var envelope = new CommandEnvelope(
                "c-1",
                "corr-1",
                "nurse",
                Instant.parse("2026-11-25T01:00:00Z"),
                "key-1",
                "fp",
                new RecordWeight("P-1", new BigDecimal("60"), LocalDate.of(2026, 11, 25)));

        assertThat(CommandCodec.decode(CommandCodec.encode(envelope))).isEqualTo(envelope);
    }

    @Test
    void aRestore_isReadBackAsARestore() {
        var restore = new StateRestore("r-1", PatientState.initial("P-1"));

        CommandRecord read = CommandCodec.decode(CommandCodec.encode(restore));

        assertThat(read).isEqualTo(restore);
        assertThat(read.patientId()).isEqualTo("P-1");
    }

    @Test
    void anUnreadableRecord_isRefused() {
        assertThatThrownBy(() -> CommandCodec.decode("{\"type\":\"nope\"}".getBytes(StandardCharsets.UTF_8)))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> CommandCodec.decode(
                        "{\"type\":\"isoledger.RestorePatientState.v1\"}".getBytes(StandardCharsets.UTF_8)))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
