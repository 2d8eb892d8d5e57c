package io.isoledger.bench;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;

/**
 * Raw Kafka on the benchmark's broker, measured with Kafka's own tools in a JVM of their own
 * ({@code ProducerPerformance}, {@code ConsumerPerformance} of {@code kafka-tools}): the producer's
 * records/s with {@code acks=all} at the size of an IsoLedger command record, its latency at 1,000
 * records/s, and the consumer's records/s. The topic has as many partitions as IsoLedger's.
 */
final class KafkaBaseline {

    static final String SECTION = "kafkaBaseline";
    private static final String TOPIC = "bench.raw-kafka";
    private static final int PARTITIONS = 12;
    private static final Pattern PRODUCER_SUMMARY = Pattern.compile("(\\d+) records sent, ([\\d.]+) records/sec"
            + " \\(([\\d.]+) MB/sec\\), ([\\d.]+) ms avg latency, ([\\d.]+) ms max latency, (\\d+) ms 50th,"
            + " (\\d+) ms 95th, (\\d+) ms 99th, (\\d+) ms 99.9th");

    private final String bootstrapServers;
    private final Results results;
    private final String classpath = JavaTool.classpathOf("kafka-tools");

    KafkaBaseline(String bootstrapServers, Results results) {
        this.bootstrapServers = bootstrapServers;
        this.results = results;
    }

    void run(int recordSize, int records, int latencySeconds) {
        createTopic();
        results.figure(SECTION, "recordSize", recordSize, "bytes");
        Matcher max = produce("kafka-producer-max", records, -1, recordSize);
        results.figure(SECTION, "producerRecordsPerSecond", Double.parseDouble(max.group(2)), "records/s");
        results.figure(SECTION, "producerMaxRateP99", Double.parseDouble(max.group(8)), "ms");
        Matcher paced = produce("kafka-producer-1000", 1000 * latencySeconds, 1000, recordSize);
        results.figure(SECTION, "producerAt1000PerSecondP50", Double.parseDouble(paced.group(6)), "ms");
        results.figure(SECTION, "producerAt1000PerSecondP95", Double.parseDouble(paced.group(7)), "ms");
        results.figure(SECTION, "producerAt1000PerSecondP99", Double.parseDouble(paced.group(8)), "ms");
        results.figure(SECTION, "producerAt1000PerSecondMax", Double.parseDouble(paced.group(5)), "ms");
        consume(records);
    }

    private Matcher produce(String name, int records, int throughput, int recordSize) {
        List<String> output = JavaTool.run(
                name,
                classpath,
                List.of("-Xmx512m"),
                "org.apache.kafka.tools.ProducerPerformance",
                List.of(
                        "--topic",
                        TOPIC,
                        "--num-records",
                        Integer.toString(records),
                        "--throughput",
                        Integer.toString(throughput),
                        "--record-size",
                        Integer.toString(recordSize),
                        "--producer-props",
                        "bootstrap.servers=" + bootstrapServers,
                        "acks=all"),
                Duration.ofMinutes(10));
        for (int i = output.size() - 1; i >= 0; i--) {
            Matcher matcher = PRODUCER_SUMMARY.matcher(output.get(i));
            if (matcher.find()) {
                return matcher;
            }
        }
        throw new IllegalStateException(name + " printed no summary; see target/bench/logs/" + name + ".log");
    }

    /** ConsumerPerformance prints a header and one line of values; fetch.nMsg.sec leaves out the group join. */
    private void consume(int records) {
        List<String> output = JavaTool.run(
                "kafka-consumer",
                classpath,
                List.of("-Xmx512m"),
                "org.apache.kafka.tools.ConsumerPerformance",
                List.of(
                        "--bootstrap-server",
                        bootstrapServers,
                        "--topic",
                        TOPIC,
                        "--messages",
                        Integer.toString(records),
                        "--group",
                        "bench-consumer-" + System.nanoTime(),
                        "--timeout",
                        "60000"),
                Duration.ofMinutes(10));
        int header = -1;
        for (int i = 0; i < output.size(); i++) {
            if (output.get(i).startsWith("start.time")) {
                header = i;
            }
        }
        if (header < 0 || header + 1 >= output.size()) {
            throw new IllegalStateException("ConsumerPerformance printed no figures; see target/bench/logs");
        }
        List<String> names = List.of(output.get(header).split(",\\s*"));
        String[] values = output.get(header + 1).split(",\\s*");
        results.figure(
                SECTION,
                "consumerRecordsPerSecond",
                Double.parseDouble(values[names.indexOf("fetch.nMsg.sec")]),
                "records/s");
        results.figure(
                SECTION,
                "consumerRecordsPerSecondWithGroupJoin",
                Double.parseDouble(values[names.indexOf("nMsg.sec")]),
                "records/s");
    }

    private void createTopic() {
        Properties config = new Properties();
        config.put(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
        try (Admin admin = Admin.create(config)) {
            admin.createTopics(List.of(new NewTopic(TOPIC, PARTITIONS, (short) 1).configs(Map.of())))
                    .all()
                    .get();
        } catch (Exception e) {
            throw new IllegalStateException("Could not create " + TOPIC, e);
        }
    }
}
