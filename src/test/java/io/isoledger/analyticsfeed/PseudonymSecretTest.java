package io.isoledger.analyticsfeed;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * The check that stops the service's start (AnalyticsFeed's start-up observer throws it) when prod
 * has no secret: dev and test get theirs from application.properties, prod has none there.
 */
class PseudonymSecretTest {

    @Test
    void noSecret_refusesToStart_namingTheSettingAndItsEnvironmentVariable() {
        assertThatThrownBy(() -> PseudonymSecret.require(Optional.empty()))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("isoledger.analytics.pseudonym-secret")
                .hasMessageContaining("ISOLEDGER_ANALYTICS_PSEUDONYM_SECRET");
    }

    @Test
    void aBlankSecret_refusesToStart() {
        assertThatThrownBy(() -> PseudonymSecret.require(Optional.of("   ")))
                .hasMessageContaining("isoledger.analytics.pseudonym-secret");
    }

    @Test
    void aShortSecret_refusesToStart_asItCouldBeFoundByTrying() {
        assertThatThrownBy(() -> PseudonymSecret.require(Optional.of("tooshort")))
                .hasMessageContaining("isoledger.analytics.pseudonym-secret")
                .hasMessageContaining("shorter than 32");
    }

    @Test
    void aLongEnoughSecret_isItsBytes() {
        String secret = "0123456789abcdef0123456789abcdef";
        assertThat(PseudonymSecret.require(Optional.of(secret))).isEqualTo(secret.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void onlyTheDevAndTestProfiles_haveASecretInApplicationProperties() throws Exception {
        var properties = new java.util.Properties();
        try (var in = getClass().getResourceAsStream("/application.properties")) {
            properties.load(in);
        }
        assertThat(properties.stringPropertyNames())
                .filteredOn(name -> name.endsWith(PseudonymSecret.SETTING))
                .containsExactlyInAnyOrder("%dev." + PseudonymSecret.SETTING, "%test." + PseudonymSecret.SETTING);
    }
}
