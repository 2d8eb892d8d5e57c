package io.isoledger.logging;

import io.isoledger.analyticsfeed.Pseudonymiser;
import io.isoledger.config.IsoLedgerConfig;
import io.smallrye.config.SmallRyeConfig;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * How a log line names a patient: {@code p-} and the first 16 hex digits of HMAC-SHA-256 of
 * {@code log:<patient id>} under {@code isoledger.analytics.pseudonym-secret} (the analytics feed's
 * {@link Pseudonymiser}, with a prefix of its own, so a log line's pseudonym is not the feed's). One
 * patient has one pseudonym on every instance; whoever holds the secret can find a known patient's
 * lines, nobody else can tell who a line is about. Without the secret (only outside the service: the
 * service does not start without it) a random key of this process is used.
 */
public final class LogPseudonyms {

    private static final String DOMAIN = "log:";
    private static final int HEX_DIGITS = 16;

    private static volatile Pseudonymiser pseudonymiser;

    private LogPseudonyms() {}

    /** The patient's pseudonym for log lines; {@code -} for no patient. */
    public static String of(String patientId) {
        if (patientId == null) {
            return "-";
        }
        return "p-" + pseudonymiser().pseudonymOf(DOMAIN + patientId).substring(0, HEX_DIGITS);
    }

    private static Pseudonymiser pseudonymiser() {
        Pseudonymiser current = pseudonymiser;
        if (current == null) {
            current = new Pseudonymiser(secret());
            pseudonymiser = current;
        }
        return current;
    }

    private static byte[] secret() {
        try {
            var secret = ConfigProvider.getConfig()
                    .unwrap(SmallRyeConfig.class)
                    .getConfigMapping(IsoLedgerConfig.class)
                    .analytics()
                    .pseudonymSecret();
            if (secret.isPresent() && !secret.get().isBlank()) {
                return secret.get().getBytes(StandardCharsets.UTF_8);
            }
        } catch (RuntimeException noConfiguration) {
            // Outside the service (a plain unit test): no configuration tree to read.
        }
        byte[] random = new byte[32];
        new SecureRandom().nextBytes(random);
        return random;
    }
}
