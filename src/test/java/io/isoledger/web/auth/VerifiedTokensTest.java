package io.isoledger.web.auth;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.smallrye.jwt.auth.principal.DefaultJWTParser;
import io.smallrye.jwt.auth.principal.ParseException;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import org.eclipse.microprofile.jwt.JsonWebToken;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** A token is verified once and then known by its exact text until its expiry; a refused one never is. */
class VerifiedTokensTest {

    private final Map<String, Integer> verifications = new HashMap<>();
    private final Map<String, Long> expiries = new HashMap<>();
    private final VerifiedTokens tokens = new VerifiedTokens();

    @BeforeEach
    void aCountingParser() {
        tokens.parser = new DefaultJWTParser() {
            @Override
            public JsonWebToken parse(String token) throws ParseException {
                verifications.merge(token, 1, Integer::sum);
                if (token.startsWith("bad")) {
                    throw new ParseException("signature does not verify");
                }
                return new Token(expiries.getOrDefault(token, now() + 300));
            }
        };
    }

    @Test
    void theSameTokenIsVerifiedOnce() throws Exception {
        JsonWebToken first = tokens.parse("a.b.c");
        JsonWebToken second = tokens.parse("a.b.c");

        assertThat(second).isSameAs(first);
        assertThat(verifications).containsEntry("a.b.c", 1);
    }

    @Test
    void anotherTextIsVerifiedOnItsOwn_evenIfOnlyTheSignatureDiffers() throws Exception {
        tokens.parse("a.b.c");
        tokens.parse("a.b.d");

        assertThat(verifications).containsEntry("a.b.c", 1).containsEntry("a.b.d", 1);
    }

    @Test
    void aRefusedTokenIsNeverKept() {
        for (int i = 0; i < 2; i++) {
            assertThatThrownBy(() -> tokens.parse("bad.b.c")).isInstanceOf(ParseException.class);
        }
        assertThat(verifications).containsEntry("bad.b.c", 2);
    }

    @Test
    void anExpiredTokenOrOneWithoutExpiry_isVerifiedEveryTime() throws Exception {
        expiries.put("old.b.c", now() - 1);
        expiries.put("eternal.b.c", 0L);
        for (int i = 0; i < 2; i++) {
            tokens.parse("old.b.c");
            tokens.parse("eternal.b.c");
        }
        assertThat(verifications).containsEntry("old.b.c", 2).containsEntry("eternal.b.c", 2);
    }

    @Test
    void atMostSoManyTokensAreKept() throws Exception {
        for (int i = 0; i <= VerifiedTokens.MAX_TOKENS; i++) {
            tokens.parse("t" + i + ".b.c");
        }
        tokens.parse("t0.b.c");
        assertThat(verifications).containsEntry("t0.b.c", 2);
    }

    private static long now() {
        return System.currentTimeMillis() / 1000;
    }

    private record Token(long expirationTime) implements JsonWebToken {
        @Override
        public String getName() {
            return "someone";
        }

        @Override
        public long getExpirationTime() {
            return expirationTime;
        }

        @Override
        public Set<String> getClaimNames() {
            return Set.of("exp");
        }

        @Override
        @SuppressWarnings("unchecked")
        public <T> T getClaim(String claimName) {
            return "exp".equals(claimName) ? (T) Long.valueOf(expirationTime) : null;
        }
    }
}
