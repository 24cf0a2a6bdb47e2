package com.licenseforge.common.customer;

import com.licenseforge.common.testing.CustomerTestTokens;
import com.licenseforge.common.testing.StaffTokens;
import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class CustomerTokenVerifierTest {

    private static final Instant NOW = Instant.parse("2026-12-07T09:00:00Z");
    private static final UUID ACCOUNT = UUID.fromString("0f8e6d52-3b7a-4c1e-9d2a-5b6c7d8e9f01");

    private final CustomerTokenVerifier verifier = verifierAt(NOW);

    private static CustomerTokenVerifier verifierAt(Instant now) {
        return new CustomerTokenVerifier(CustomerTokenKeys.publicKey("customer-test/public-key.pem"),
                CustomerTestTokens.ISSUER, Clock.fixed(now, ZoneOffset.UTC));
    }

    @Test
    void aMintedTokenAnswersItsScope() {
        CustomerScope scope = CustomerScope.account("ada@contoso.example", ACCOUNT, NOW.minusSeconds(60));
        CustomerScope read = verifier.verify(CustomerTestTokens.minted(scope, NOW));
        assertEquals(scope, read);
        UUID license = UUID.randomUUID();
        assertEquals(license, verifier.verify(CustomerTestTokens.minted(
                CustomerScope.license("serial:7KQ2M9XD4HRTW3P0", license, NOW), NOW)).licenseId());
    }

    @Test
    void theTokenLivesFifteenMinutesAndNeverPastTheSession() {
        CustomerTokenSigner signer = new CustomerTokenSigner(
                CustomerTokenKeys.privateKey("customer-test/private-key.pem"), CustomerTestTokens.ISSUER);
        Instant signedIn = NOW.minus(Duration.ofHours(8)).plusSeconds(300);
        CustomerTokenSigner.Minted minted = signer.mint(CustomerScope.account("a@b.example", ACCOUNT, signedIn), NOW);
        assertEquals(NOW.plusSeconds(300), minted.expiresAt());
        assertEquals(NOW.plusSeconds(300), minted.sessionEndsAt());
        assertEquals(NOW.plus(Duration.ofMinutes(15)),
                signer.mint(CustomerScope.account("a@b.example", ACCOUNT, NOW), NOW).expiresAt());
    }

    @Test
    void expiredFutureTamperedStaffAndGarbageTokensAreRefused() {
        CustomerScope scope = CustomerScope.account("ada@contoso.example", ACCOUNT, NOW);
        String token = CustomerTestTokens.minted(scope, NOW);
        assertThrows(CustomerTokenVerifier.Invalid.class,
                () -> verifierAt(NOW.plus(Duration.ofMinutes(16))).verify(token));
        assertThrows(CustomerTokenVerifier.Invalid.class,
                () -> verifierAt(NOW.minus(Duration.ofMinutes(5))).verify(token));
        assertThrows(CustomerTokenVerifier.Invalid.class, () -> verifier.verify(tampered(token)));
        assertThrows(CustomerTokenVerifier.Invalid.class,
                () -> verifierAt(Instant.now()).verify(StaffTokens.token("sam.sales", "sales")));
        assertThrows(CustomerTokenVerifier.Invalid.class, () -> verifier.verify("not-a-jwt"));
        CustomerTokenVerifier otherIssuer = new CustomerTokenVerifier(
                CustomerTokenKeys.publicKey("customer-test/public-key.pem"), "https://elsewhere.test",
                Clock.fixed(NOW, ZoneOffset.UTC));
        assertThrows(CustomerTokenVerifier.Invalid.class, () -> otherIssuer.verify(token));
    }

    /**
     * One character inside the signature changed: never its last one, whose low bits base64url does not carry, so a
     * change there can leave the signature as it was.
     */
    private static String tampered(String token) {
        int at = token.length() - 10;
        char changed = token.charAt(at) == 'A' ? 'B' : 'A';
        return token.substring(0, at) + changed + token.substring(at + 1);
    }
}
