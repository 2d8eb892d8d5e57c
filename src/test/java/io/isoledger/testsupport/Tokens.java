package io.isoledger.testsupport;

import io.isoledger.web.auth.Roles;
import io.smallrye.jwt.build.Jwt;
import io.smallrye.jwt.build.JwtClaimsBuilder;
import io.smallrye.jwt.util.KeyUtils;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.PrivateKey;
import java.time.Duration;

/** Bearer tokens signed with the development key, as the hospital's OIDC provider would issue them. */
public final class Tokens {

    public static final String ISSUER = "https://isoledger.local/dev";
    public static final Path PUBLIC_KEY = Path.of("src", "main", "dev-keys", "publicKey.pem");
    private static final Path PRIVATE_KEY = Path.of("src", "main", "dev-keys", "privateKey.pem");

    private Tokens() {}

    public static String forRoles(String subject, String... roles) {
        return sign(Jwt.issuer(ISSUER).subject(subject).groups(java.util.Set.of(roles)));
    }

    public static String forPatient(String patientId) {
        return sign(Jwt.issuer(ISSUER)
                .subject("patient-" + patientId)
                .groups(Roles.PATIENT)
                .claim(Roles.PATIENT_ID_CLAIM, patientId));
    }

    /** A token from another issuer, or signed with another key, is never accepted. */
    public static String fromAStranger() {
        try {
            var generator = java.security.KeyPairGenerator.getInstance("RSA");
            generator.initialize(2048);
            return Jwt.issuer(ISSUER)
                    .subject("mallory")
                    .groups(Roles.ADMIN)
                    .expiresIn(Duration.ofMinutes(5))
                    .sign(generator.generateKeyPair().getPrivate());
        } catch (java.security.GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * A token signed with the current key of the OIDC provider whose JWKS the service verifies with
     * (a test environment started with {@code token-keys=jwks}), naming that key in its header.
     */
    public static String fromTheJwksProvider(String subject, String... roles) {
        String encoded = System.getProperty(JwksProvider.PRIVATE_KEY_PROPERTY);
        if (encoded == null) {
            throw new IllegalStateException("No JWKS provider runs: start the test environment with token-keys=jwks");
        }
        try {
            PrivateKey key = java.security.KeyFactory.getInstance("RSA")
                    .generatePrivate(new java.security.spec.PKCS8EncodedKeySpec(
                            java.util.Base64.getDecoder().decode(encoded)));
            return Jwt.issuer(ISSUER)
                    .subject(subject)
                    .groups(java.util.Set.of(roles))
                    .expiresIn(Duration.ofMinutes(30))
                    .jws()
                    .keyId(JwksProvider.CURRENT_KEY_ID)
                    .sign(key);
        } catch (java.security.GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Any claims, as another provider shapes them, signed with the development key for 30 minutes. */
    public static String signed(JwtClaimsBuilder claims) {
        return sign(claims);
    }

    private static String sign(JwtClaimsBuilder claims) {
        try {
            PrivateKey key = KeyUtils.decodePrivateKey(Files.readString(PRIVATE_KEY));
            return claims.expiresIn(Duration.ofMinutes(30)).sign(key);
        } catch (Exception e) {
            throw new IllegalStateException("Cannot sign a test token with " + PRIVATE_KEY, e);
        }
    }
}
