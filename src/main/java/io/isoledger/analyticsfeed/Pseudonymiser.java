package io.isoledger.analyticsfeed;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * A patient's pseudonym: HMAC-SHA-256 of the patient id under the secret, in lowercase hex. Keyed,
 * not a plain hash, because patient ids are short and guessable: a plain hash of every possible id
 * would be a lookup table back to the patient. The same id always gives the same pseudonym, so a
 * patient's records stay linked across restarts and rebuilds.
 */
public final class Pseudonymiser {

    private static final String ALGORITHM = "HmacSHA256";

    private final SecretKeySpec key;

    public Pseudonymiser(byte[] secret) {
        this.key = new SecretKeySpec(secret, ALGORITHM);
    }

    public String pseudonymOf(String patientId) {
        try {
            // A Mac is not thread-safe and cheap to make: one per call.
            Mac mac = Mac.getInstance(ALGORITHM);
            mac.init(key);
            return HexFormat.of().formatHex(mac.doFinal(patientId.getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HMAC-SHA-256 is not available", e);
        }
    }
}
