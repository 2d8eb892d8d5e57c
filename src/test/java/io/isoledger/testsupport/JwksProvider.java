package io.isoledger.testsupport;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.interfaces.RSAPublicKey;
import java.util.Arrays;
import java.util.Base64;

/**
 * A hospital OIDC provider's signing keys as it publishes them: a JWKS document over HTTP, on
 * loopback, with the key it signs with now and an older one. The private key of the current one
 * is handed to {@link Tokens} through a JVM-wide system property (the test and the application
 * have class loaders of their own).
 */
final class JwksProvider {

    static final String CURRENT_KEY_ID = "hospital-2026-11";
    static final String PRIVATE_KEY_PROPERTY = "isoledger.test.jwks.private-key";

    private final HttpServer server;

    private JwksProvider(HttpServer server) {
        this.server = server;
    }

    static JwksProvider start() {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(2048);
            KeyPair current = generator.generateKeyPair();
            KeyPair older = generator.generateKeyPair();
            byte[] jwks = ("{\"keys\":["
                            + jwk("hospital-2026-05", (RSAPublicKey) older.getPublic())
                            + "," + jwk(CURRENT_KEY_ID, (RSAPublicKey) current.getPublic()) + "]}")
                    .getBytes(StandardCharsets.UTF_8);
            HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
            server.createContext("/.well-known/jwks.json", exchange -> {
                exchange.getResponseHeaders().add("Content-Type", "application/json");
                exchange.sendResponseHeaders(200, jwks.length);
                try (OutputStream body = exchange.getResponseBody()) {
                    body.write(jwks);
                }
            });
            server.start();
            System.setProperty(
                    PRIVATE_KEY_PROPERTY,
                    Base64.getEncoder().encodeToString(current.getPrivate().getEncoded()));
            return new JwksProvider(server);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    String url() {
        return "http://127.0.0.1:" + server.getAddress().getPort() + "/.well-known/jwks.json";
    }

    void stop() {
        server.stop(0);
        System.clearProperty(PRIVATE_KEY_PROPERTY);
    }

    private static String jwk(String keyId, RSAPublicKey key) {
        return "{\"kty\":\"RSA\",\"use\":\"sig\",\"alg\":\"RS256\",\"kid\":\"" + keyId + "\",\"n\":\""
                + base64Url(key.getModulus()) + "\",\"e\":\"" + base64Url(key.getPublicExponent()) + "\"}";
    }

    /** An unsigned big-endian integer, base64url without padding (RFC 7518, section 6.3.1). */
    private static String base64Url(BigInteger value) {
        byte[] bytes = value.toByteArray();
        if (bytes.length > 1 && bytes[0] == 0) {
            bytes = Arrays.copyOfRange(bytes, 1, bytes.length);
        }
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }
}
