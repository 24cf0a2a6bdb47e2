package com.licenseforge.common.testing;

import com.licenseforge.common.customer.CustomerScope;
import com.licenseforge.common.customer.CustomerTokenKeys;
import com.licenseforge.common.customer.CustomerTokenSigner;

import java.time.Instant;
import java.util.UUID;

/**
 * Customer tokens as the issuer mints them, signed with the test-only key in {@code customer-test/private-key.pem};
 * services under test trust {@code customer-test/public-key.pem}.
 */
public final class CustomerTestTokens {

    public static final String ISSUER = "https://issuer.licenseforge.test/customers";
    private static final CustomerTokenSigner SIGNER =
            new CustomerTokenSigner(CustomerTokenKeys.privateKey("customer-test/private-key.pem"), ISSUER);

    private CustomerTestTokens() {
    }

    /** A bearer header for the contact {@code email} of account {@code accountId}, signed in at {@code now}. */
    public static String account(String email, Object accountId, Instant now) {
        return bearer(CustomerScope.account(email, UUID.fromString(accountId.toString()), now), now);
    }

    /** A bearer header for a serial + CD key sign-in to license {@code licenseId} at {@code now}. */
    public static String license(String serial, Object licenseId, Instant now) {
        return bearer(CustomerScope.license("serial:" + serial, UUID.fromString(licenseId.toString()), now), now);
    }

    /** {@code now} is the service's time (tests may have advanced its clock). */
    public static String bearer(CustomerScope scope, Instant now) {
        return "Bearer " + minted(scope, now);
    }

    /** A token minted at {@code now} (another clock than the service's). */
    public static String minted(CustomerScope scope, Instant now) {
        return SIGNER.mint(scope, now).token();
    }
}
