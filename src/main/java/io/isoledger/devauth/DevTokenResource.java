package io.isoledger.devauth;

import io.isoledger.web.auth.Roles;
import io.quarkus.arc.profile.IfBuildProfile;
import io.smallrye.jwt.build.Jwt;
import io.smallrye.jwt.build.JwtClaimsBuilder;
import jakarta.annotation.security.PermitAll;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.Duration;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * Dev mode only: signs a token for a role with the committed development key, so the API can be
 * tried locally. The class is not part of a prod build, where tokens come from the hospital's
 * OIDC provider.
 */
@IfBuildProfile("dev")
@Path("/dev/tokens")
@Tag(
        name = "Development",
        description = "Dev mode only: bearer tokens signed with the development key, to try the API locally")
@PermitAll
public class DevTokenResource {

    @ConfigProperty(name = "mp.jwt.verify.issuer")
    String issuer;

    @GET
    @Produces(MediaType.TEXT_PLAIN)
    @Operation(summary = "Dev mode only: a signed bearer token for a role")
    public String getDevToken(
            @QueryParam("role")
                    @NotNull
                    @Pattern(
                            regexp = "^(prescriber|nurse|pharmacist|patient|analyst|admin)$",
                            message = "must be prescriber, nurse, pharmacist, patient, analyst or admin")
                    String role,
            @QueryParam("subject") @Pattern(regexp = "^[A-Za-z0-9._@-]{1,64}$", message = "must be a simple name")
                    String subject,
            @QueryParam("patientId") @Pattern(regexp = "^[A-Za-z0-9._-]{1,64}$", message = "must be a patient id")
                    String patientId) {
        JwtClaimsBuilder claims = Jwt.issuer(issuer)
                .subject(subject == null ? "dev-" + role : subject)
                .groups(role)
                .expiresIn(Duration.ofHours(8));
        if (patientId != null) {
            claims.claim(Roles.PATIENT_ID_CLAIM, patientId);
        }
        return claims.sign();
    }
}
