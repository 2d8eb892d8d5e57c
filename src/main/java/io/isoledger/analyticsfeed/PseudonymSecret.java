package io.isoledger.analyticsfeed;

import java.nio.charset.StandardCharsets;
import java.util.Optional;

/**
 * The key of the pseudonyms. Whoever holds it can recompute the pseudonym of any patient id they
 * can guess, so it is never a default in prod: without it the service refuses to start, rather than
 * publish pseudonyms anyone could reverse.
 */
final class PseudonymSecret {

    static final String SETTING = "isoledger.analytics.pseudonym-secret";
    static final String ENVIRONMENT_VARIABLE = "ISOLEDGER_ANALYTICS_PSEUDONYM_SECRET";
    /** 32 characters: a short secret could be found by trying secrets against one known patient. */
    static final int MIN_LENGTH = 32;

    private PseudonymSecret() {}

    /** The configured secret's bytes; throws, naming the setting, when it is missing or too short. */
    static byte[] require(Optional<String> configured) {
        String secret = configured.map(String::strip).orElse("");
        if (secret.isEmpty()) {
            throw new IllegalStateException("The analytics feed has no pseudonym secret: set " + SETTING
                    + " (environment variable " + ENVIRONMENT_VARIABLE + ") to a random secret of at least "
                    + MIN_LENGTH + " characters, the same on every instance and kept for good"
                    + " (a new secret gives every patient a new pseudonym)");
        }
        if (secret.length() < MIN_LENGTH) {
            throw new IllegalStateException(SETTING + " (environment variable " + ENVIRONMENT_VARIABLE
                    + ") is shorter than " + MIN_LENGTH + " characters: too easy to find by trying secrets");
        }
        return secret.getBytes(StandardCharsets.UTF_8);
    }
}
