package io.isoledger.web.auth;

import io.smallrye.jwt.auth.principal.DefaultJWTParser;
import io.smallrye.jwt.auth.principal.JWTAuthContextInfo;
import io.smallrye.jwt.auth.principal.JWTParser;
import io.smallrye.jwt.auth.principal.ParseException;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Alternative;
import jakarta.inject.Inject;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import javax.crypto.SecretKey;
import org.eclipse.microprofile.jwt.JsonWebToken;

/**
 * The bearer tokens verified lately, so a client that sends the same token with every request (a
 * hospital system's service token, for its lifetime) has its signature checked once, not on every
 * request: verifying an RS256 signature and parsing the claims was a tenth of the service's CPU under
 * load. A token is looked up by its whole text, signature included, so only the very token verified
 * matches; it is used until its expiry ({@code exp}), and verified again by SmallRye JWT's own parser
 * ({@link DefaultJWTParser}, with every {@code mp.jwt.verify.*} setting) whenever it is not here. A
 * token that fails verification is never kept. At most {@value #MAX_TOKENS} tokens are kept; beyond
 * that the cache starts afresh.
 */
@Alternative
@Priority(1)
@ApplicationScoped
public class VerifiedTokens implements JWTParser {

    static final int MAX_TOKENS = 10_000;

    private final Map<String, JsonWebToken> verified = new ConcurrentHashMap<>();

    @Inject
    DefaultJWTParser parser;

    @Override
    public JsonWebToken parse(String token) throws ParseException {
        JsonWebToken known = verified.get(token);
        if (known != null) {
            if (!expired(known)) {
                return known;
            }
            verified.remove(token);
        }
        JsonWebToken parsed = parser.parse(token);
        if (parsed.getExpirationTime() > 0 && !expired(parsed)) {
            if (verified.size() >= MAX_TOKENS) {
                verified.clear();
            }
            verified.put(token, parsed);
        }
        return parsed;
    }

    private static boolean expired(JsonWebToken token) {
        return System.currentTimeMillis() / 1000 >= token.getExpirationTime();
    }

    @Override
    public JsonWebToken parse(String token, JWTAuthContextInfo context) throws ParseException {
        return parser.parse(token, context);
    }

    @Override
    public JsonWebToken verify(String token, PublicKey key) throws ParseException {
        return parser.verify(token, key);
    }

    @Override
    public JsonWebToken verify(String token, SecretKey key) throws ParseException {
        return parser.verify(token, key);
    }

    @Override
    public JsonWebToken verify(String token, String secret) throws ParseException {
        return parser.verify(token, secret);
    }

    @Override
    public JsonWebToken decrypt(String token, PrivateKey key) throws ParseException {
        return parser.decrypt(token, key);
    }

    @Override
    public JsonWebToken decrypt(String token, SecretKey key) throws ParseException {
        return parser.decrypt(token, key);
    }

    @Override
    public JsonWebToken decrypt(String token, String secret) throws ParseException {
        return parser.decrypt(token, secret);
    }

    @Override
    public JsonWebToken parseOnly(String token) throws ParseException {
        return parser.parseOnly(token);
    }
}
