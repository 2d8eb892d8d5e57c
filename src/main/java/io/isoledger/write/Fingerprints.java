package io.isoledger.write;

import com.fasterxml.jackson.core.JsonProcessingException;
import io.isoledger.eventlog.WireJson;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/** What an idempotency key is bound to: the request's path and its body, as one SHA-256. */
final class Fingerprints {

    private Fingerprints() {}

    static String of(String path, Object body) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            digest.update(path.getBytes(StandardCharsets.UTF_8));
            digest.update((byte) 0);
            digest.update(WireJson.MAPPER.writeValueAsBytes(body));
            return HexFormat.of().formatHex(digest.digest());
        } catch (NoSuchAlgorithmException | JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
