package io.isoledger.eventlog;

import io.smallrye.common.annotation.Identifier;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.HashMap;
import java.util.Map;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;

/**
 * Builds our own Kafka clients from the {@code kafka.*} settings, so one block of configuration
 * (bootstrap servers, TLS, SASL) serves the gateway, the reply listener and the projector alike.
 */
@ApplicationScoped
public class KafkaClients {

    private final Map<String, Object> common;

    @Inject
    KafkaClients(@Identifier("default-kafka-broker") Map<String, Object> kafkaConfig) {
        this.common = new HashMap<>(kafkaConfig);
        // Quarkus adds keys of its own that the Kafka clients would log as unknown.
        this.common.keySet().removeIf(key -> key.startsWith("health") || key.startsWith("devservices"));
    }

    public Map<String, Object> adminConfig() {
        Map<String, Object> config = new HashMap<>(common);
        config.put("request.timeout.ms", 5000);
        config.put("default.api.timeout.ms", 10000);
        return config;
    }

    public KafkaProducer<String, byte[]> producer(String clientId) {
        Map<String, Object> config = new HashMap<>(common);
        config.put(ProducerConfig.CLIENT_ID_CONFIG, clientId);
        config.put(ProducerConfig.ACKS_CONFIG, "all");
        config.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true);
        config.put(ProducerConfig.LINGER_MS_CONFIG, 0);
        // A request must fail fast while the broker is away, never hang: 503, not a stuck thread.
        config.put(ProducerConfig.MAX_BLOCK_MS_CONFIG, 3000);
        config.put(ProducerConfig.REQUEST_TIMEOUT_MS_CONFIG, 3000);
        config.put(ProducerConfig.DELIVERY_TIMEOUT_MS_CONFIG, 5000);
        return new KafkaProducer<>(config, new StringSerializer(), new ByteArraySerializer());
    }

    /**
     * A transactional producer: what it sends and the consumer offsets it commits become visible
     * together or not at all. Unlike {@link #producer} no request waits on it, so it may wait longer
     * for a broker that is away.
     */
    public KafkaProducer<String, byte[]> transactionalProducer(String clientId, String transactionalId) {
        Map<String, Object> config = new HashMap<>(common);
        config.put(ProducerConfig.CLIENT_ID_CONFIG, clientId);
        config.put(ProducerConfig.TRANSACTIONAL_ID_CONFIG, transactionalId);
        config.put(ProducerConfig.ACKS_CONFIG, "all");
        config.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true);
        config.put(ProducerConfig.LINGER_MS_CONFIG, 5);
        config.put(ProducerConfig.MAX_BLOCK_MS_CONFIG, 10000);
        config.put(ProducerConfig.TRANSACTION_TIMEOUT_CONFIG, 30000);
        return new KafkaProducer<>(config, new StringSerializer(), new ByteArraySerializer());
    }

    /** A read_committed consumer: it never sees a record of an aborted or open transaction. */
    public KafkaConsumer<String, byte[]> consumer(String clientId, String groupId, String groupInstanceId) {
        return consumer(clientId, groupId, groupInstanceId, ConsumerConfig.DEFAULT_MAX_POLL_RECORDS);
    }

    /** As above, taking at most {@code maxPollRecords} records from one poll. */
    public KafkaConsumer<String, byte[]> consumer(
            String clientId, String groupId, String groupInstanceId, int maxPollRecords) {
        Map<String, Object> config = new HashMap<>(common);
        config.put(ConsumerConfig.MAX_POLL_RECORDS_CONFIG, maxPollRecords);
        config.put(ConsumerConfig.CLIENT_ID_CONFIG, clientId);
        config.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
        config.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
        config.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        config.put(ConsumerConfig.FETCH_MAX_WAIT_MS_CONFIG, 100);
        if (groupId != null) {
            config.put(ConsumerConfig.GROUP_ID_CONFIG, groupId);
            config.put(ConsumerConfig.SESSION_TIMEOUT_MS_CONFIG, 15000);
        }
        if (groupInstanceId != null) {
            config.put(ConsumerConfig.GROUP_INSTANCE_ID_CONFIG, groupInstanceId);
        }
        return new KafkaConsumer<>(config, new StringDeserializer(), new ByteArrayDeserializer());
    }
}
