package com.licenseforge.common.token;

import com.nimbusds.jwt.JWTClaimsSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Date;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

/** Two replicas sharing one key file, as two processes would: each its own {@link SigningKeys}. */
class SharedSigningKeysTest {

    @TempDir
    Path dir;

    private SigningConfig config() {
        Path file = dir.resolve("keys.json");
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

    @Test
    void aKeyRotatedOnOneReplicaSignsOnTheOtherAndIsInItsJwks() {
        SigningKeys first = new SigningKeys(config(), Duration.ZERO);
        SigningKeys second = new SigningKeys(config(), Duration.ZERO);
        assertEquals(first.active().getKeyID(), second.active().getKeyID(), "the second replica read the first's key");

        String kid = first.rotate();

        assertEquals(kid, second.active().getKeyID());
        assertNotNull(second.publicJwks().getKeyByKeyId(kid));
        assertEquals(2, second.publicJwks().getKeys().size());
        // the signer and verifier built once per key set follow the rotation
        assertEquals(kid, second.signing().keyId());
        String token = new TokenSigner(second, config()).sign(TokenClaims.ACTIVATION_TYPE,
                new JWTClaimsSet.Builder().subject("serial").issueTime(new Date()).build());
        assertEquals("serial", first.verifier().verify(token, TokenClaims.ACTIVATION_TYPE).getSubject());
    }

    @Test
    void twoReplicasRotatingAtOnceKeepBothNewKeys() {
        SigningKeys first = new SigningKeys(config(), Duration.ZERO);
        SigningKeys second = new SigningKeys(config(), Duration.ZERO);

        List<String> kids = List.of(CompletableFuture.supplyAsync(first::rotate), CompletableFuture.supplyAsync(second::rotate))
                .stream().map(CompletableFuture::join).toList();

        SigningKeys restarted = new SigningKeys(config(), Duration.ZERO);
        assertEquals(3, restarted.publicJwks().getKeys().size());
        kids.forEach(kid -> assertNotNull(restarted.publicJwks().getKeyByKeyId(kid), kid));
    }

    @Test
    void aReplicaLooksAtTheFileAtMostOnceARecheckInterval() {
        SigningKeys first = new SigningKeys(config(), Duration.ZERO);
        SigningKeys cached = new SigningKeys(config(), Duration.ofHours(1));
        String before = cached.active().getKeyID();

        first.rotate();

        assertEquals(before, cached.active().getKeyID());
    }
}
