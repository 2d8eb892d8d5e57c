package io.isoledger.config;

import io.smallrye.config.WithDefault;
import jakarta.validation.constraints.Positive;
import java.util.Optional;

/** {@code isoledger.topics.*}, a group of {@link IsoLedgerConfig}: how the topics are created when they are missing. */
public interface TopicsConfig {

    /** Fixed at creation: adding partitions later would move patients to other partitions. */
    @Positive
    @WithDefault("12")
    int partitions();

    /** Empty: the broker's own default, so one broker and a cluster both work. */
    Optional<@Positive Short> replicationFactor();

    /** How long replies are kept: only waiting requests read them. */
    @Positive
    @WithDefault("3600000")
    long repliesRetentionMs();
}
