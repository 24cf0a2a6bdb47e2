package com.licenseforge.issuer.signingkeys;

import com.licenseforge.common.staff.Roles;
import com.licenseforge.common.http.ListQueries;
import com.licenseforge.common.http.ListQuery;
import com.licenseforge.common.http.ResultPage;
import com.licenseforge.common.openapi.ListResponses;
import com.licenseforge.common.token.SigningKeys;
import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jose.jwk.OctetKeyPair;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.extensions.Extension;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/** The license-token signing keys as the JWKS lists them, newest first, marking the one that signs now. */
@Tag(name = "Keys")
@Path("/api/v1/admin/signing-keys")
public class SigningKeyListResource {

    private final SigningKeys keys;
    private final ListQueries lists;

    public SigningKeyListResource(SigningKeys keys, ListQueries lists) {
        this.keys = keys;
        this.lists = lists;
    }

    /** {@code current}: signs new tokens; the others are retired and only verify tokens they signed. */
    public record SigningKeyView(String kid, String curve, Instant issuedAt, boolean current) {
    }

    @GET
    @RolesAllowed({Roles.ADMIN, Roles.AUDITOR})
    @Operation(operationId = "listSigningKeys", summary = "License-token signing keys",
            description = "Every key in the JWKS, newest first; `current` marks the one signing new tokens. Paged; `X-Total-Count` and `Link` give the total and the neighbouring pages. Roles `admin`, `auditor`.")
    @Extension(name = ListResponses.PAGED, value = "true")
    @APIResponse(responseCode = "200", description = "A page of keys.",
            content = @Content(mediaType = "application/json", schema = @Schema(implementation = SigningKeyView.class, type = SchemaType.ARRAY),
                    examples = @ExampleObject(name = "rotatedOnce", value = """
                            [{"kid": "3b0f5c1e-8d2a-4f7b-9c6e-1a2b3c4d5e6f", "curve": "Ed25519", "issuedAt": "2026-11-27T10:00:00Z", "current": true},
                             {"kid": "9e8d7c6b-5a49-4382-b1a0-f9e8d7c6b5a4", "curve": "Ed25519", "issuedAt": "2026-03-01T09:00:00Z", "current": false}]""")))
    public RestResponse<List<SigningKeyView>> list(@Context UriInfo uri) {
        ListQuery query = lists.read(uri);
        // the key file lists keys oldest first, and the newest signs
        List<JWK> newestFirst = new ArrayList<>(keys.publicJwks().getKeys());
        Collections.reverse(newestFirst);
        List<SigningKeyView> all = new ArrayList<>();
        for (JWK key : newestFirst) {
            all.add(new SigningKeyView(key.getKeyID(), ((OctetKeyPair) key).getCurve().getName(),
                    key.getIssueTime() == null ? null : key.getIssueTime().toInstant(), all.isEmpty()));
        }
        int from = (int) Math.min((long) query.page() * query.size(), all.size());
        int to = (int) Math.min((long) from + query.size(), all.size());
        return query.respond(new ResultPage<>(all.subList(from, to), all.size()));
    }
}
