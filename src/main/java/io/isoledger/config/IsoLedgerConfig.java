package io.isoledger.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import java.time.Duration;
import java.time.ZoneId;
import java.util.Optional;

/**
 * Every {@code isoledger.*} setting of the service, typed, each with its one default and its
 * constraints: the configuration tree. {@code application.properties} holds only what a profile
 * changes ({@code %dev.}, {@code %test.}) and Quarkus' own settings. A value the constraints refuse
 * stops the start-up with a message naming the property (quarkus-hibernate-validator validates
 * mappings). CDI beans {@code @Inject} it; code outside CDI asks
 * {@code ConfigProvider.getConfig().unwrap(SmallRyeConfig.class).getConfigMapping(IsoLedgerConfig.class)}.
 * It is read at run time only: what starts before it (Bean Validation's clock provider) looks
 * it up when it is used. The larger groups: {@link TopicsConfig},
 * {@link ClinicalPolicyConfig}, {@link HealthConfig}, {@link HttpConfig}, {@link DevKafkaConfig}.
 */
@ConfigMapping(prefix = "isoledger")
public interface IsoLedgerConfig {

    /**
     * This running instance, unique among them (env {@code ISOLEDGER_INSTANCE_ID}): it names the
     * instance's static group memberships and clients, so a restarted instance takes its partitions
     * back at once instead of after the session timeout. By default the host's name.
     */
    @NotBlank
    @Pattern(
            regexp = "(?!\\.{1,2}$)[A-Za-z0-9._-]{1,200}",
            message = "must be 1-200 letters, digits, '.', '_' or '-' (it names a directory and Kafka group members)")
    @WithDefault("${HOSTNAME:isoledger-local}")
    String instanceId();

    /**
     * Where the instance keeps its local files (env {@code ISOLEDGER_DATA_DIR}): each instance in its
     * own sub-directory named by {@link #instanceId()}, so instances on one host never share one, and
     * Kafka Streams' state under {@code <data-dir>/<instance-id>/kafka-streams}. Relative to the working
     * directory unless absolute; never under {@code /tmp} by default, which hosts clean on their own
     * schedule. Dev mode and the tests use {@code target/data}; the image {@code /var/lib/isoledger}.
     */
    @NotBlank
    @WithDefault("data")
    String dataDir();

    /** The CloudEvents source ({@code ce_source}) of the records this service writes. */
    @NotBlank
    @WithDefault("/isoledger")
    String eventSource();

    @Valid
    Write write();

    @Valid
    Projection projection();

    @Valid
    Idempotency idempotency();

    @Valid
    TopicsConfig topics();

    @Valid
    ClinicalPolicyConfig policy();

    @Valid
    Clinic clinic();

    @Valid
    Dispensing dispensing();

    @Valid
    HealthConfig health();

    @Valid
    Analytics analytics();

    @Valid
    HttpConfig http();

    @Valid
    DevKafkaConfig devKafka();

    /** {@code isoledger.write.*}: how long a write request waits. */
    interface Write {

        /** For the decider's reply; then the request answers 503. */
        @WithDefault("10s")
        Duration replyTimeout();

        /** For the write's projection into the read models; then the request answers 202. */
        @WithDefault("5s")
        Duration projectionTimeout();
    }

    /** {@code isoledger.projection.*}: the projectors that keep the read models. */
    interface Projection {

        /**
         * The most events a projector takes from one poll, which it projects in one database
         * transaction with its offsets: larger batches replay faster (fewer commits, one query for
         * the plans of many patients); a write waits for the batch its events are in to commit.
         */
        @Min(1)
        @Max(10_000)
        @WithDefault("500")
        int maxBatch();
    }

    /** {@code isoledger.idempotency.*}. */
    interface Idempotency {

        /** How long the first answer to an {@code Idempotency-Key} is kept and given again. */
        @WithDefault("24h")
        Duration retention();
    }

    /** {@code isoledger.clinic.*}. */
    interface Clinic {

        /** The clinic's time zone: "today" for a prescription is the clinic's date when it is issued. */
        @WithDefault("Asia/Tokyo")
        ZoneId timeZone();
    }

    /** {@code isoledger.dispensing.*}. */
    interface Dispensing {

        /**
         * R22: how often the decider looks through its patients for supplies not dispensed in their
         * window and records their expiry; a patient's next command records it first in any case.
         */
        @WithDefault("1h")
        Duration expirySweepInterval();
    }

    /** {@code isoledger.analytics.*}: the de-identified analytics feed. */
    interface Analytics {

        /**
         * The key of the patients' pseudonyms (env {@code ISOLEDGER_ANALYTICS_PSEUDONYM_SECRET}): at
         * least 32 characters, the same on every instance and never changed. No default: dev mode and
         * the tests set a development secret, and without one the analytics feed refuses to start,
         * naming this setting.
         */
        Optional<String> pseudonymSecret();
    }
}
