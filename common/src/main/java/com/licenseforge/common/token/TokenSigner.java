package com.licenseforge.common.token;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import io.quarkus.arc.properties.IfBuildProperty;
import jakarta.enterprise.context.ApplicationScoped;

/** Signs claims as a compact EdDSA JWS with this service's active key and its {@code kid}. */
@ApplicationScoped
@IfBuildProperty(name = "licenseforge.signing.enabled", stringValue = "true", enableIfMissing = true)
public class TokenSigner {

    private final SigningKeys keys;
    private final String issuer;

    public TokenSigner(SigningKeys keys, SigningConfig config) {
        this.keys = keys;
        this.issuer = config.issuer().orElseThrow(
                () -> new IllegalStateException("licenseforge.signing.issuer (TOKEN_ISSUER) is not set"));
    }

    /** Signs {@code claims} (with this service's {@code iss} added) as a token of type {@code typ}. */
    public String sign(String typ, JWTClaimsSet claims) {
        SigningKeys.Signing signing = keys.signing();
        JWSHeader header = new JWSHeader.Builder(JWSAlgorithm.EdDSA)
                .keyID(signing.keyId())
                .type(new JOSEObjectType(typ))
                .build();
        SignedJWT jwt = new SignedJWT(header, new JWTClaimsSet.Builder(claims).issuer(issuer).build());
        try {
            jwt.sign(signing.signer());
        } catch (JOSEException e) {
            throw new IllegalStateException("token signing failed", e);
        }
        return jwt.serialize();
    }
}
