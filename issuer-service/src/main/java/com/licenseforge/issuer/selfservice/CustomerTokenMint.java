package com.licenseforge.issuer.selfservice;

import com.licenseforge.common.customer.CustomerScope;
import com.licenseforge.common.customer.CustomerTokenConfig;
import com.licenseforge.common.customer.CustomerTokenKeys;
import com.licenseforge.common.customer.CustomerTokenSigner;
import com.licenseforge.common.problem.ProblemException;
import com.licenseforge.issuer.vocabulary.Codes;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.Clock;
import java.time.Instant;

/** Mints the customer tokens of the portal's sessions with the issuer's customer token key. */
@ApplicationScoped
public class CustomerTokenMint {

    private final CustomerTokenSigner signer;
    private final Clock clock;

    public CustomerTokenMint(CustomerTokenConfig config, Clock clock) {
        String key = config.privateKey().orElseThrow(() -> new IllegalStateException(
                "licenseforge.customer-token.private-key (CUSTOMER_TOKEN_PRIVATE_KEY) is not configured"));
        this.signer = new CustomerTokenSigner(CustomerTokenKeys.privateKey(key), config.issuer());
        this.clock = clock;
    }

    /** The session of {@code scope}; refused with 401 SESSION_ENDED once 8 hours passed since its sign-in. */
    public Session session(CustomerScope scope) {
        Instant now = clock.instant();
        if (!CustomerTokenSigner.sessionLasts(scope.authTime(), now)) {
            throw new ProblemException(401, Codes.SESSION_ENDED, "the session has ended; sign in again")
                    .header("WWW-Authenticate", "Bearer");
        }
        CustomerTokenSigner.Minted minted = signer.mint(scope, now);
        return new Session(minted.token(), minted.expiresAt(), minted.sessionEndsAt(), scope.actor(),
                scope.accountId(), scope.licenseId());
    }
}
