package io.isoledger.eventlog;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.StringLength;
import org.apache.kafka.clients.producer.internals.BuiltInPartitioner;

/**
 * {@link Topics#partitionOf} names the partition Kafka's producers choose for a patient's records
 * (a write waiting to read itself asks whether this instance's projector holds it).
 */
class PartitionOfTest {

    @Property(tries = 2000)
    void isThePartitionTheProducersChoose(
            @ForAll @StringLength(min = 1, max = 64) String patientId,
            @ForAll @IntRange(min = 1, max = 64) int partitions) {
        assertThat(Topics.partitionOf(patientId, partitions))
                .isEqualTo(BuiltInPartitioner.partitionForKey(patientId.getBytes(StandardCharsets.UTF_8), partitions));
    }
}
