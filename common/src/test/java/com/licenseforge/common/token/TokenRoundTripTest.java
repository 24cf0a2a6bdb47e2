package com.licenseforge.common.token;

import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jwt.JWTClaimsSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.Instant;
import java.util.Date;
import java.util.Map;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class TokenRoundTripTest {

    @TempDir
    Path dir;

    private SigningConfig config(Path file) {
        return new SigningConfig() {
            public Optional<Path> keyFile() {
                return Optional.of(file);
            }

            public boolean generateIfMissing() {
                return true;
            }

            public Optional<String> issuer() {
                return Optional.of("https://issuer.test");
            }
        };
    }

    private static JWTClaimsSet claims(String serial) {
        return new JWTClaimsSet.Builder().subject(serial).issueTime(new Date())
                .expirationTime(Date.from(Instant.now().plusSeconds(3600))).build();
    }

    @Test
    void aTokenVerifiesOfflineWithOnlyThePublicJwksBeforeAndAfterRotation() {
        SigningConfig config = config(dir.resolve("keys.json"));
        SigningKeys keys = new SigningKeys(config);
        TokenSigner signer = new TokenSigner(keys, config);
        String before = signer.sign(TokenClaims.LICENSE_TYPE, claims("AAAA"));

        keys.rotate();
        String after = signer.sign(TokenClaims.LICENSE_TYPE, claims("BBBB"));
        TokenVerifier verifier = TokenVerifier.fromJwks(keys.publicJwks().toString());

        assertEquals("AAAA", verifier.verify(before, TokenClaims.LICENSE_TYPE).getSubject());
        assertEquals("BBBB", verifier.verify(after, TokenClaims.LICENSE_TYPE).getSubject());
        assertEquals(2, new SigningKeys(config).publicJwks().getKeys().size(), "rotation is persisted");
    }

    @Test
    void refusesTheWrongTypeAForeignKeyAndAnExpiredToken() {
        SigningConfig config = config(dir.resolve("keys.json"));
        TokenSigner signer = new TokenSigner(new SigningKeys(config), config);
        String license = signer.sign(TokenClaims.LICENSE_TYPE, claims("AAAA"));
        TokenVerifier verifier = TokenVerifier.fromJwks(new SigningKeys(config).publicJwks().toString());
        TokenVerifier stranger = new TokenVerifier(new SigningKeys(config(dir.resolve("other.json"))).publicJwks());

        assertThrows(TokenVerifier.InvalidTokenException.class, () -> verifier.verify(license, TokenClaims.ACTIVATION_TYPE));
        assertThrows(TokenVerifier.InvalidTokenException.class, () -> stranger.verify(license, TokenClaims.LICENSE_TYPE));
        String expired = signer.sign(TokenClaims.LICENSE_TYPE, new JWTClaimsSet.Builder().subject("AAAA")
                .issueTime(new Date()).expirationTime(Date.from(Instant.now().minusSeconds(120))).build());
        assertThrows(TokenVerifier.InvalidTokenException.class, () -> verifier.verify(expired, TokenClaims.LICENSE_TYPE));
    }

    @Test
    void aLicenseFileCarriesTheTokenAndReadableHeaders() {
        SigningConfig config = config(dir.resolve("keys.json"));
        SigningKeys keys = new SigningKeys(config);
        String token = new TokenSigner(keys, config).sign(TokenClaims.LICENSE_TYPE, claims("AAAA"));
        String file = LicenseFile.armor(token, Map.of("Serial", "AAAA"));

        assertEquals(token, LicenseFile.tokenOf(file.replace("\n", "\r\n")));
        assertEquals("AAAA", LicenseFile.headersOf(file).get("Serial"));
        assertEquals("AAAA", new TokenVerifier(keys.publicJwks()).verifyLicenseFile(file).getSubject());
    }
}
