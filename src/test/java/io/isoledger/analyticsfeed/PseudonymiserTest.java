package io.isoledger.analyticsfeed;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class PseudonymiserTest {

    private static final byte[] SECRET = "a-secret-of-at-least-thirty-two-characters".getBytes(StandardCharsets.UTF_8);

    @Test
    void aPatient_hasTheSamePseudonymEveryTime_evenFromAnotherInstance() {
        assertThat(new Pseudonymiser(SECRET).pseudonymOf("P-12345"))
                .isEqualTo(new Pseudonymiser(SECRET.clone()).pseudonymOf("P-12345"));
    }

    @Test
    void twoPatients_haveDifferentPseudonyms() {
        Pseudonymiser pseudonyms = new Pseudonymiser(SECRET);
        assertThat(pseudonyms.pseudonymOf("P-12345")).isNotEqualTo(pseudonyms.pseudonymOf("P-12346"));
    }

    @Test
    void thePseudonym_isTheHmacSha256OfThePatientId_inLowercaseHex() {
        // RFC 4231, test case 2: key "Jefe", data "what do ya want for nothing?".
        assertThat(new Pseudonymiser("Jefe".getBytes(StandardCharsets.UTF_8))
                        .pseudonymOf("what do ya want for nothing?"))
                .isEqualTo("5bdcc146bf60754e6a042426089575c75a003f089d2739839dec58b964ec3843");
    }

    @Test
    void anotherSecret_givesEveryPatientAnotherPseudonym() {
        byte[] other = "another-secret-of-at-least-thirty-two-chars".getBytes(StandardCharsets.UTF_8);
        assertThat(new Pseudonymiser(other).pseudonymOf("P-12345"))
                .isNotEqualTo(new Pseudonymiser(SECRET).pseudonymOf("P-12345"));
    }

    @Test
    void thePseudonym_containsNothingOfThePatientId() {
        String pseudonym = new Pseudonymiser(SECRET).pseudonymOf("P-12345");
        assertThat(pseudonym).hasSize(64).matches("[0-9a-f]+").doesNotContain("12345");
    }
}
