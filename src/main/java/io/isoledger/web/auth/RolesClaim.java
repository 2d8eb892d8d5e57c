package io.isoledger.web.auth;

import io.quarkus.security.identity.AuthenticationRequestContext;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.identity.SecurityIdentityAugmentor;
import io.quarkus.security.runtime.QuarkusSecurityIdentity;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.util.ArrayList;
import java.util.List;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.jwt.JsonWebToken;

/**
 * The roles come from the one claim {@code smallrye.jwt.path.groups} names ({@code groups} by default;
 * {@code realm_access/roles} for Keycloak's realm roles, {@code roles} for Entra ID's app roles), and
 * from no other. SmallRye JWT reads them at that path, but falls back to the token's {@code groups} claim
 * when the path is missing: a token of an Entra ID user without app roles may still carry directory
 * group names in {@code groups}, and a group called {@code admin} would become the role. Here a token
 * without the configured claim has no role at all.
 */
@ApplicationScoped
public class RolesClaim implements SecurityIdentityAugmentor {

    private static final List<String> STANDARD = List.of("groups");

    private final List<String> path;

    @Inject
    RolesClaim(@ConfigProperty(name = "smallrye.jwt.path.groups", defaultValue = "groups") String claimPath) {
        this.path = segments(claimPath);
    }

    @Override
    public Uni<SecurityIdentity> augment(SecurityIdentity identity, AuthenticationRequestContext context) {
        if (identity.isAnonymous()
                || path.equals(STANDARD)
                || !(identity.getPrincipal() instanceof JsonWebToken)
                || holdsTheClaim((JsonWebToken) identity.getPrincipal())) {
            return Uni.createFrom().item(identity);
        }
        return Uni.createFrom()
                .item(QuarkusSecurityIdentity.builder()
                        .setPrincipal(identity.getPrincipal())
                        .setAnonymous(false)
                        .addCredentials(identity.getCredentials())
                        .addAttributes(identity.getAttributes())
                        .build());
    }

    private boolean holdsTheClaim(JsonWebToken token) {
        Object value = token.getClaim(path.get(0));
        for (String name : path.subList(1, path.size())) {
            if (!(value instanceof JsonObject)) {
                return false;
            }
            value = ((JsonObject) value).get(name);
        }
        return value != null && value != JsonValue.NULL;
    }

    /** The claim names of the path: "/" between nested names, a name in double quotes may hold a "/". */
    static List<String> segments(String claimPath) {
        List<String> names = new ArrayList<>();
        StringBuilder name = new StringBuilder();
        boolean quoted = false;
        for (char c : claimPath.trim().toCharArray()) {
            if (c == '"') {
                quoted = !quoted;
            } else if (c == '/' && !quoted) {
                names.add(name.toString());
                name.setLength(0);
            } else {
                name.append(c);
            }
        }
        names.add(name.toString());
        return List.copyOf(names);
    }
}
