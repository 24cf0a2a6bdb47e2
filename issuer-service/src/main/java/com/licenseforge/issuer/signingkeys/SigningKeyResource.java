package com.licenseforge.issuer.signingkeys;

import com.licenseforge.common.staff.Roles;
import com.licenseforge.common.staff.AuditTarget;
import com.licenseforge.common.staff.AuditTrail;
import com.licenseforge.common.staff.CurrentStaff;
import com.licenseforge.common.token.SigningKeys;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.Map;

/**
 * Key rotation: a fresh Ed25519 key becomes the signer; the old public keys stay in the JWKS so tokens they
 * signed still verify. Other replicas sharing the key file sign with the new key within a second, without a restart.
 */
@Tag(name = "Keys", description = "Token signing keys")
@Path("/api/v1/admin/signing-keys/rotations")
public class SigningKeyResource {

    private final SigningKeys keys;
    private final AuditTrail audit;
    private final CurrentStaff staff;

    public SigningKeyResource(SigningKeys keys, AuditTrail audit, CurrentStaff staff) {
        this.keys = keys;
        this.audit = audit;
        this.staff = staff;
    }

    public record Rotated(String kid) {
    }

    @POST
    @RolesAllowed(Roles.ADMIN)
    @Operation(operationId = "rotateSigningKey", summary = "Rotate the token signing key",
            description = "A fresh Ed25519 key signs from now on; earlier public keys stay in the JWKS. Role `admin`.")
    @APIResponse(responseCode = "200", description = "The new key id.",
            content = @Content(mediaType = "application/json", schema = @Schema(implementation = Rotated.class),
                    examples = @ExampleObject(name = "rotated", value = """
                            {"kid": "issuer-2026-11-27T10:00:00Z"}""")))
    public Rotated rotate() {
        String kid = keys.rotate();
        QuarkusTransaction.requiringNew().run(() -> audit.record(staff.as(Roles.ADMIN), "rotate signing key",
                AuditTarget.of("signing-key", kid), null, Map.of("kid", kid), null));
        return new Rotated(kid);
    }
}
