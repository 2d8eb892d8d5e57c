package io.isoledger.web.auth;

import io.quarkus.security.identity.SecurityIdentity;
import jakarta.inject.Inject;
import jakarta.ws.rs.core.UriInfo;
import java.util.Set;
import org.eclipse.microprofile.jwt.JsonWebToken;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

/**
 * A patient reaches only their own record: when the caller holds no role but {@code patient}, the
 * patient id in the path must be the token's {@code patient_id} claim. Clinical roles are not
 * scoped to a patient.
 */
public class PatientScopeFilter {

    private static final Set<String> UNSCOPED = Set.of(Roles.PRESCRIBER, Roles.NURSE, Roles.PHARMACIST, Roles.ADMIN);

    @Inject
    SecurityIdentity identity;

    @Inject
    JsonWebToken token;

    @ServerRequestFilter
    public void onlyTheirOwnRecord(UriInfo uri) {
        String patientId = uri.getPathParameters().getFirst("patientId");
        if (patientId == null || identity.isAnonymous() || !identity.hasRole(Roles.PATIENT)) {
            return;
        }
        if (UNSCOPED.stream().anyMatch(identity::hasRole)) {
            return;
        }
        Object own = token.getClaim(Roles.PATIENT_ID_CLAIM);
        if (own == null || !patientId.equals(own.toString())) {
            throw new io.quarkus.security.ForbiddenException("A patient may only reach their own record.");
        }
    }
}
