package com.licenseforge.common.token;

import io.quarkus.arc.properties.IfBuildProperty;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.CacheControl;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * Public keys of this service's tokens, for customer systems that verify offline. No authentication. Generic
 * JWKS clients ask for {@code application/json}, so that is offered beside the JWK set media type.
 */
@Tag(name = "Keys", description = "Token signing keys")
@Path("/.well-known/jwks.json")
@IfBuildProperty(name = "licenseforge.signing.enabled", stringValue = "true", enableIfMissing = true)
public class JwksResource {

    private final SigningKeys keys;

    public JwksResource(SigningKeys keys) {
        this.keys = keys;
    }

    @GET
    @Produces({"application/jwk-set+json", MediaType.APPLICATION_JSON})
    @Operation(operationId = "getJwks", summary = "Public signing keys",
            description = "The JWK set (Ed25519) that verifies this service's tokens; every key that may still have "
                    + "signed a valid token is listed. No authentication; cache for up to 5 minutes.")
    @APIResponse(responseCode = "200", description = "The JWK set.",
            content = {@Content(mediaType = "application/jwk-set+json", schema = @Schema(type = SchemaType.OBJECT),
                    examples = @ExampleObject(name = "one key", value = """
                            {"keys": [{"kty": "OKP", "crv": "Ed25519", "kid": "issuer-1", "use": "sig", "alg": "EdDSA",
                                       "x": "11qYAYKxCrfVS_7TyWQHOg7hcvPapiMlrwIaaPcHURo"}]}""")),
                    @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(type = SchemaType.OBJECT))})
    public Response jwks() {
        CacheControl cache = new CacheControl();
        cache.setMaxAge(300);
        return Response.ok(keys.publicJwks().toString()).cacheControl(cache).build();
    }
}
