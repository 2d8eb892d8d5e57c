package io.isoledger.config;

import io.quarkus.runtime.configuration.DurationConverter;
import io.smallrye.config.EnvConfigSource;
import io.smallrye.config.PropertiesConfigSource;
import io.smallrye.config.SmallRyeConfig;
import io.smallrye.config.SmallRyeConfigBuilder;
import io.smallrye.config.validator.BeanValidationConfigValidatorImpl;
import java.time.Duration;
import java.util.Map;

/**
 * {@link IsoLedgerConfig} read as Quarkus reads it (SmallRye Config with its expressions, Quarkus'
 * duration converter, Bean Validation of the mapping) from given properties and environment
 * variables, without booting Quarkus: for plain tests of the configuration tree and of what is built
 * from it.
 */
public final class ConfigTrees {

    private ConfigTrees() {}

    /** The tree; throws, naming the property, when a value is refused. */
    public static IsoLedgerConfig tree(Map<String, String> properties) {
        return tree(properties, Map.of());
    }

    public static IsoLedgerConfig tree(Map<String, String> properties, Map<String, String> environment) {
        return config(properties, environment).getConfigMapping(IsoLedgerConfig.class);
    }

    /** The whole configuration, for settings outside the tree that refer to it. */
    public static SmallRyeConfig config(Map<String, String> properties, Map<String, String> environment) {
        return config(new PropertiesConfigSource(properties, "test", 400), environment);
    }

    /**
     * As Quarkus orders them: the environment (300) over {@code application.properties} (250), whose
     * expressions see the environment.
     */
    public static SmallRyeConfig withApplicationProperties(
            Map<String, String> properties, Map<String, String> environment) {
        return config(new PropertiesConfigSource(properties, "application.properties", 250), environment);
    }

    private static SmallRyeConfig config(PropertiesConfigSource properties, Map<String, String> environment) {
        return new SmallRyeConfigBuilder()
                .addDefaultInterceptors()
                .withSources(properties)
                .withSources(new EnvConfigSource(environment, 300))
                .withConverter(Duration.class, 200, new DurationConverter())
                .withMapping(IsoLedgerConfig.class)
                .withValidator(new BeanValidationConfigValidatorImpl())
                .build();
    }
}
