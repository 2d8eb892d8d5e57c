package io.isoledger.eventlog;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.util.Optional;

/** {@code isoledger.topics.*}: how the topics are created when they are missing. */
@ConfigMapping(prefix = "isoledger.topics")
public interface TopicsConfig {

    /** Fixed at creation: adding partitions later would move patients to other partitions. */
    @WithDefault("12")
    int partitions();

    /** Empty: the broker's own default, so one broker and a cluster both work. */
    Optional<Short> replicationFactor();

    /** How long replies are kept: only waiting requests read them. */
    @WithDefault("3600000")
    long repliesRetentionMs();
}
