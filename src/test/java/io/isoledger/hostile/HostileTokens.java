package io.isoledger.hostile;

import io.isoledger.testsupport.Tokens;
import io.smallrye.jwt.build.Jwt;
import io.smallrye.jwt.util.KeyUtils;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Set;

/** Bearer tokens, good and bad, signed (or not) as the hospital's OIDC provider would (or would not). */
final class HostileTokens {

    private static final Path PRIVATE_KEY = Path.of("src", "main", "dev-keys", "privateKey.pem");

    /** The clinic's own system, as the other API tests call: prescriber and nurse. */
    static final String CLINIC = Tokens.forRoles("hostile-corpus", "prescriber", "nurse");

    private HostileTokens() {}

    static String forRoles(String... roles) {
        return Tokens.forRoles("hostile-corpus", roles);
    }

    static String forPatient(String patientId) {
        return Tokens.forPatient(patientId);
    }

    /** Signed with a key the service does not know, claiming the admin role. */
    static String stranger() {
        return Tokens.fromAStranger();
    }

    /** Properly signed, with the given roles, but expired an hour ago. */
    static String expired(List<String> roles) {
        Instant now = Instant.now();
        return sign(Jwt.issuer(Tokens.ISSUER)
                .subject("hostile-corpus")
                .groups(Set.copyOf(roles))
                .issuedAt(now.minusSeconds(7200))
                .expiresAt(now.minusSeconds(3600)));
    }

    /** Properly signed, with the given roles, by the right key but naming another issuer. */
    static String otherIssuer(List<String> roles) {
        return sign(Jwt.issuer("https://evil.example/")
                .subject("hostile-corpus")
                .groups(Set.copyOf(roles))
                .expiresAt(Instant.now().plusSeconds(1800)));
    }

    /** Not signed at all ({@code "alg": "none"}), with the given roles. */
    static String unsigned(List<String> roles) {
        Base64.Encoder b64 = Base64.getUrlEncoder().withoutPadding();
        String header = b64.encodeToString("{\"alg\":\"none\",\"typ\":\"JWT\"}".getBytes(StandardCharsets.UTF_8));
        String payload = b64.encodeToString(("{\"iss\":\"" + Tokens.ISSUER + "\",\"sub\":\"hostile-corpus\",\"groups\":"
                        + roles.stream().map(r -> "\"" + r + "\"").toList() + ",\"exp\":"
                        + (Instant.now().getEpochSecond() + 1800)
                        + "}")
                .getBytes(StandardCharsets.UTF_8));
        return header + "." + payload + ".";
    }

    private static String sign(io.smallrye.jwt.build.JwtClaimsBuilder claims) {
        try {
            return claims.sign(KeyUtils.decodePrivateKey(Files.readString(PRIVATE_KEY)));
        } catch (Exception e) {
            throw new IllegalStateException("Cannot sign a test token with " + PRIVATE_KEY, e);
        }
    }
}
