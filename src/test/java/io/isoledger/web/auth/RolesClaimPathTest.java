package io.isoledger.web.auth;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The roles claim's path is read as SmallRye JWT reads it: "/" between names, outside double quotes. */
class RolesClaimPathTest {

    @Test
    void aPlainClaim_isOneName() {
        assertThat(RolesClaim.segments("roles")).containsExactly("roles");
    }

    @Test
    void keycloaksRealmRoles_areNested() {
        assertThat(RolesClaim.segments("realm_access/roles")).containsExactly("realm_access", "roles");
        assertThat(RolesClaim.segments("resource_access/isoledger/roles"))
                .containsExactly("resource_access", "isoledger", "roles");
    }

    @Test
    void aNamespacedClaim_inDoubleQuotes_keepsItsSlashes() {
        assertThat(RolesClaim.segments("\"https://idp.hospital.example/roles\""))
                .containsExactly("https://idp.hospital.example/roles");
        assertThat(RolesClaim.segments("app/\"https://idp.hospital.example/roles\""))
                .containsExactly("app", "https://idp.hospital.example/roles");
    }
}
