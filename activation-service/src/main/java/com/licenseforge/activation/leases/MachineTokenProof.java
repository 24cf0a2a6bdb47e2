package com.licenseforge.activation.leases;

import com.licenseforge.activation.answers.Codes;
import com.licenseforge.activation.answers.Refusal;
import com.licenseforge.activation.credentials.CredentialThrottle;
import com.licenseforge.common.token.SigningKeys;
import com.licenseforge.common.token.TokenClaims;
import com.licenseforge.common.token.TokenVerifier;
import com.nimbusds.jwt.JWTClaimsSet;
import jakarta.enterprise.context.ApplicationScoped;

import java.text.ParseException;
import java.util.UUID;

/**
 * A machine proves it holds an activation with the activation token it was given: ours, unexpired, naming that
 * activation. A wrong token is a wrong key: refused 401 and counted towards the address's lock.
 */
@ApplicationScoped
public class MachineTokenProof {

    private final SigningKeys keys;
    private final CredentialThrottle throttle;

    public MachineTokenProof(SigningKeys keys, CredentialThrottle throttle) {
        this.keys = keys;
        this.throttle = throttle;
    }

    /** The serial the token proves {@code activationId} of. */
    public String serialOf(UUID activationId, String token, String clientAddress) {
        String claimed = "activation " + activationId;
        throttle.requireUnlocked(claimed, clientAddress);
        try {
            JWTClaimsSet claims = keys.verifier().verify(token, TokenClaims.ACTIVATION_TYPE);
            if (activationId.toString().equals(claims.getStringClaim(TokenClaims.ACTIVATION_ID))) {
                return claims.getSubject();
            }
        } catch (TokenVerifier.InvalidTokenException | ParseException e) {
            // refused below like any other wrong proof
        }
        throw throttle.refuse(Refusal.of(401, Codes.INVALID_CREDENTIALS,
                "the activation token does not prove this activation"), claimed, false, clientAddress);
    }
}
