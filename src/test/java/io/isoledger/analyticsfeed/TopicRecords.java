package io.isoledger.analyticsfeed;

import io.isoledger.testsupport.IsoLedgerTestEnvironment;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;

/** A topic as a reader outside the service sees it: read_committed, from its start to its end. */
public final class TopicRecords {

    private TopicRecords() {}

    /** Every committed record of the topic; each partition's in offset order. */
    public static List<ConsumerRecord<String, byte[]>> all(String topic) {
        Properties config = new Properties();
        config.put("bootstrap.servers", IsoLedgerTestEnvironment.bootstrapServers());
        config.put("isolation.level", "read_committed");
        config.put("max.poll.records", 5000);
        List<ConsumerRecord<String, byte[]>> found = new ArrayList<>();
        try (var consumer = new KafkaConsumer<>(config, new StringDeserializer(), new ByteArrayDeserializer())) {
            List<TopicPartition> partitions = consumer.partitionsFor(topic).stream()
                    .map(p -> new TopicPartition(p.topic(), p.partition()))
                    .toList();
            consumer.assign(partitions);
            consumer.seekToBeginning(partitions);
            // read_committed: the end is the last stable offset, past the last committed record.
            Map<TopicPartition, Long> ends = consumer.endOffsets(partitions);
            while (ends.entrySet().stream().anyMatch(end -> consumer.position(end.getKey()) < end.getValue())) {
                consumer.poll(Duration.ofMillis(200)).forEach(found::add);
            }
        }
        return found;
    }

    public static String header(ConsumerRecord<String, byte[]> record, String key) {
        return text(record.headers().lastHeader(key));
    }

    /** Every header, by key, as UTF-8 text: two records' headers compare as maps. */
    public static Map<String, String> headers(Iterable<Header> headers) {
        Map<String, String> all = new LinkedHashMap<>();
        headers.forEach(h -> all.put(h.key(), text(h)));
        return all;
    }

    public static String text(Header header) {
        return header == null || header.value() == null ? null : new String(header.value(), StandardCharsets.UTF_8);
    }
}
