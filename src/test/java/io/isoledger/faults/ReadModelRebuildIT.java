package io.isoledger.faults;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.isoledger.faults.Api.Answer;
import io.isoledger.testsupport.IsoLedgerTestEnvironment;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusIntegrationTest;
import java.net.URI;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The read models are rebuilt through one instance while two share the partitions: both replay
 * the partitions they own, and the read models come back exactly as they were, whichever instance
 * is asked.
 */
@QuarkusIntegrationTest
@WithTestResource(IsoLedgerTestEnvironment.class)
class ReadModelRebuildIT {

    private static final Duration START_BOUND = Duration.ofSeconds(120);
    private static final Duration REBUILD_BOUND = Duration.ofSeconds(60);
    private static final int PATIENTS = 24;
    private static final SecondInstance INSTANCE_B = new SecondInstance("rebuild-b");

    private URI a;
    private URI b;
    private String instanceB;

    @BeforeEach
    void twoInstances() {
        a = TwoInstances.instanceA();
        var second = INSTANCE_B.sharingWith(a, START_BOUND);
        b = second.baseUri();
        instanceB = second.instanceId();
    }

    @AfterAll
    static void stopInstanceB() {
        INSTANCE_B.stop();
    }

    @Test
    void aRebuildThroughOneInstance_isReplayedByBoth_andGivesBackTheSameReadModels() {
        List<String> patients = new ArrayList<>();
        for (int i = 0; i < PATIENTS; i++) {
            String patientId = Api.newPatientId("RB");
            URI via = i % 2 == 0 ? a : b;
            assertThat(Api.post(via, "/api/v1/patients", Api.enrolment(patientId))
                            .status())
                    .isEqualTo(201);
            assertThat(Api.post(via, "/api/v1/patients/" + patientId + "/side-effects", Api.sideEffect("dry lips"))
                            .status())
                    .isEqualTo(201);
            patients.add(patientId);
        }
        Set<Integer> ofB = ConsumerGroups.describe(ConsumerGroups.PROJECTOR).of(instanceB, "projector");
        int partitions = EventTopic.partitionCount();
        assertThat(patients)
                .as("patients whose events B's projector owns (partitions %s)", ofB)
                .anyMatch(p -> ofB.contains(EventTopic.partitionOf(p, partitions)))
                .as("patients whose events A's projector owns")
                .anyMatch(p -> !ofB.contains(EventTopic.partitionOf(p, partitions)));
        Map<String, String> before = TwoInstances.readModelsOf(a, patients);
        long generation = generationOfTheReadModels();

        Answer rebuild = TwoInstances.rebuildReadModels(a);
        assertThat(rebuild.status()).as("%s", rebuild).isEqualTo(202);
        // The rows were cleared: in the transaction that advanced the generation.
        assertThat(generationOfTheReadModels()).isEqualTo(generation + 1);

        for (URI instance : List.of(a, b)) {
            await().atMost(REBUILD_BOUND).pollInterval(Duration.ofMillis(500)).untilAsserted(() -> assertThat(
                            TwoInstances.readModelsOf(instance, patients))
                    .as("the read models through %s after the rebuild", instance)
                    .isEqualTo(before));
            await().atMost(REBUILD_BOUND).untilAsserted(() -> assertThat(
                            Api.get(instance, "/q/health/ready").status())
                    .isEqualTo(200));
        }
    }

    private static long generationOfTheReadModels() {
        try (Connection db = DriverManager.getConnection(
                        IsoLedgerTestEnvironment.jdbcUrl(),
                        IsoLedgerTestEnvironment.username(),
                        IsoLedgerTestEnvironment.password());
                ResultSet row = db.createStatement()
                        .executeQuery("SELECT generation FROM projection_generation WHERE projector = 'projector'")) {
            assertThat(row.next()).isTrue();
            return row.getLong(1);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
