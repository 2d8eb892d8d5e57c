package io.isoledger.config;

import static io.isoledger.config.ConfigTrees.config;
import static io.isoledger.config.ConfigTrees.tree;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.smallrye.config.SmallRyeConfig;
import java.time.Duration;
import java.time.ZoneId;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * {@link IsoLedgerConfig} read as Quarkus reads it ({@link ConfigTrees}), without booting Quarkus: the
 * documented defaults, the names operators set, and a refusal that names the property.
 */
class ConfigurationTreeTest {

    @Test
    void nothingSet_givesTheDocumentedDefaults() {
        IsoLedgerConfig tree = tree(Map.of());

        assertThat(tree.instanceId()).isEqualTo("isoledger-local");
        assertThat(tree.dataDir()).isEqualTo("data");
        assertThat(tree.eventSource()).isEqualTo("/isoledger");
        assertThat(tree.write().replyTimeout()).isEqualTo(Duration.ofSeconds(10));
        assertThat(tree.write().projectionTimeout()).isEqualTo(Duration.ofSeconds(5));
        assertThat(tree.idempotency().retention()).isEqualTo(Duration.ofHours(24));
        assertThat(tree.topics().partitions()).isEqualTo(12);
        assertThat(tree.topics().replicationFactor()).isEmpty();
        assertThat(tree.topics().repliesRetentionMs()).isEqualTo(3_600_000L);
        assertThat(tree.policy().profile()).isEqualTo("jp-clinic");
        assertThat(tree.policy().maxDaysSupply()).isEmpty();
        assertThat(tree.policy().bloodTestRequiredBefore()).isEmpty();
        assertThat(tree.clinic().timeZone()).isEqualTo(ZoneId.of("Asia/Tokyo"));
        assertThat(tree.dispensing().expirySweepInterval()).isEqualTo(Duration.ofHours(1));
        assertThat(tree.health().maxProjectorLag()).isEqualTo(1000L);
        assertThat(tree.health().kafkaCache()).isEqualTo(Duration.ofSeconds(5));
        assertThat(tree.health().kafkaTimeout()).isEqualTo(Duration.ofSeconds(2));
        assertThat(tree.analytics().pseudonymSecret()).isEmpty();
        assertThat(tree.http().maxUriLength()).isEqualTo(8192);
        assertThat(tree.http().maxHeaderSize().bytes()).isEqualTo(20 * 1024L);
        assertThat(tree.devKafka().enabled()).isTrue();
        assertThat(tree.devKafka().port()).isEqualTo(19092);
        assertThat(tree.devKafka().controllerPort()).isEqualTo(19093);
    }

    @Test
    void theInstanceId_defaultsToTheHostName_andOtherSettingsCanReferToIt() {
        SmallRyeConfig config = config(
                Map.of("kafka-streams.main.consumer.group.instance.id", "${isoledger.instance-id}-decider"),
                Map.of("HOSTNAME", "node-7"));

        assertThat(config.getConfigMapping(IsoLedgerConfig.class).instanceId()).isEqualTo("node-7");
        assertThat(config.getValue("kafka-streams.main.consumer.group.instance.id", String.class))
                .isEqualTo("node-7-decider");
    }

    @Test
    void theStreamsState_isInTheInstancesOwnDirectoryUnderTheDataDir_whichTheEnvironmentSets() {
        SmallRyeConfig byDefault = withApplicationProperties(Map.of("HOSTNAME", "node-7"));
        SmallRyeConfig fromTheEnvironment = withApplicationProperties(
                Map.of("ISOLEDGER_DATA_DIR", "/var/lib/isoledger", "ISOLEDGER_INSTANCE_ID", "b-2"));
        SmallRyeConfig overridden = withApplicationProperties(Map.of("KAFKA_STREAMS_STATE_DIR", "/srv/streams"));

        assertThat(byDefault.getValue("kafka-streams.state.dir", String.class)).isEqualTo("data/node-7/kafka-streams");
        assertThat(fromTheEnvironment.getValue("kafka-streams.state.dir", String.class))
                .isEqualTo("/var/lib/isoledger/b-2/kafka-streams");
        assertThat(overridden.getValue("kafka-streams.state.dir", String.class)).isEqualTo("/srv/streams");
    }

    private static SmallRyeConfig withApplicationProperties(Map<String, String> environment) {
        return ConfigTrees.withApplicationProperties(
                Map.of("kafka-streams.state.dir", "${isoledger.data-dir}/${isoledger.instance-id}/kafka-streams"),
                environment);
    }

    @Test
    void anInstanceIdThatCannotNameADirectory_stopsTheStart() {
        for (String id : new String[] {"../other", "a/b", "..", "node 7"}) {
            assertThatThrownBy(() -> tree(Map.of("isoledger.instance-id", id)))
                    .as(id)
                    .hasMessageContaining("isoledger.instance-id");
        }
        assertThat(tree(Map.of("isoledger.instance-id", "node-7.example_1")).instanceId())
                .isEqualTo("node-7.example_1");
    }

    @Test
    void settingsAreReadByTheirNames_asPropertiesAndAsEnvironmentVariables() {
        IsoLedgerConfig tree = tree(
                Map.of(
                        "isoledger.instance-id", "a-1",
                        "isoledger.dispensing.expiry-sweep-interval", "5s",
                        "isoledger.policy.profile", "eu-ppp",
                        "isoledger.policy.blood-test-required-before", "first-prescription",
                        "isoledger.topics.replication-factor", "3",
                        "isoledger.http.max-header-size", "1M"),
                Map.of("ISOLEDGER_ANALYTICS_PSEUDONYM_SECRET", "s3cret", "ISOLEDGER_WRITE_REPLY_TIMEOUT", "30s"));

        assertThat(tree.instanceId()).isEqualTo("a-1");
        assertThat(tree.dispensing().expirySweepInterval()).isEqualTo(Duration.ofSeconds(5));
        assertThat(tree.policy().profile()).isEqualTo("eu-ppp");
        assertThat(tree.policy().bloodTestRequiredBefore()).contains("first-prescription");
        assertThat(tree.topics().replicationFactor()).contains((short) 3);
        assertThat(tree.http().maxHeaderSize().bytes()).isEqualTo(1024L * 1024L);
        assertThat(tree.analytics().pseudonymSecret()).contains("s3cret");
        assertThat(tree.write().replyTimeout()).isEqualTo(Duration.ofSeconds(30));
    }

    @Test
    void aValueTheConstraintsRefuse_stopsTheStart_namingTheProperty() {
        assertThatThrownBy(() -> tree(Map.of("isoledger.topics.partitions", "0")))
                .hasMessageContaining("isoledger.topics.partitions");
        assertThatThrownBy(() -> tree(Map.of("isoledger.policy.max-days-supply", "-30")))
                .hasMessageContaining("isoledger.policy.max-days-supply");
        assertThatThrownBy(() -> tree(Map.of("isoledger.instance-id", " ")))
                .hasMessageContaining("isoledger.instance-id");
    }

    @Test
    void aValueThatIsNoValueOfItsType_stopsTheStart_namingTheProperty() {
        assertThatThrownBy(() -> tree(Map.of("isoledger.http.max-header-size", "20 kilobytes")))
                .hasMessageContaining("isoledger.http.max-header-size");
        assertThatThrownBy(() -> tree(Map.of("isoledger.clinic.time-zone", "Mars/Olympus")))
                .hasMessageContaining("isoledger.clinic.time-zone");
    }
}
