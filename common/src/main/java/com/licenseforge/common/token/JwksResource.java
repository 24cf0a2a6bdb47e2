package com.licenseforge.common.token;

import io.quarkus.arc.properties.IfBuildProperty;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.CacheControl;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/**
 * Public keys of this service's tokens, for customer systems that verify offline. No authentication. Generic
 * JWKS clients ask for {@code application/json}, so that is offered beside the JWK set media type.
 */
@Path("/.well-known/jwks.json")
@IfBuildProperty(name = "licenseforge.signing.enabled", stringValue = "true", enableIfMissing = true)
public class JwksResource {

    private final SigningKeys keys;

    public JwksResource(SigningKeys keys) {
        this.keys = keys;
    }

    @GET
    @Produces({"application/jwk-set+json", MediaType.APPLICATION_JSON})
    public Response jwks() {
        CacheControl cache = new CacheControl();
        cache.setMaxAge(300);
        return Response.ok(keys.publicJwks().toString()).cacheControl(cache).build();
    }
}
