package com.licenseforge.common.token;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.jwk.Curve;
import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.KeyUse;
import com.nimbusds.jose.jwk.OctetKeyPair;
import com.nimbusds.jose.jwk.gen.OctetKeyPairGenerator;
import io.quarkus.arc.properties.IfBuildProperty;
import jakarta.enterprise.context.ApplicationScoped;
import org.jboss.logging.Logger;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.text.ParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Date;
import java.util.List;
import java.util.UUID;

/**
 * This service's Ed25519 keys. The newest key signs; older keys stay published in the JWKS so that the
 * tokens they signed can still be verified until they expire. Keys are read from a JWK set file and, where
 * allowed, generated on first start; they are never logged.
 */
@ApplicationScoped
@IfBuildProperty(name = "licenseforge.signing.enabled", stringValue = "true", enableIfMissing = true)
public class SigningKeys {

    private static final Logger LOG = Logger.getLogger(SigningKeys.class);

    private final Path keyFile;
    private volatile List<OctetKeyPair> keys;

    public SigningKeys(SigningConfig config) {
        this.keyFile = config.keyFile().orElseThrow(
                () -> new IllegalStateException("licenseforge.signing.key-file (SIGNING_KEY_FILE) is not set"));
        this.keys = load(keyFile, config.generateIfMissing());
    }

    /** The key that signs new tokens. */
    public OctetKeyPair active() {
        return keys.get(keys.size() - 1);
    }

    /** Public halves of every key, as served at {@code /.well-known/jwks.json}. */
    public JWKSet publicJwks() {
        return new JWKSet(new ArrayList<JWK>(keys)).toPublicJWKSet();
    }

    /** Makes a fresh key the signer and keeps the old ones for verification; returns the new key id. */
    public synchronized String rotate() {
        List<OctetKeyPair> rotated = new ArrayList<>(keys);
        rotated.add(generate());
        save(keyFile, rotated);
        keys = List.copyOf(rotated);
        LOG.infof("signing key rotated, new kid %s", active().getKeyID());
        return active().getKeyID();
    }

    private static List<OctetKeyPair> load(Path file, boolean generateIfMissing) {
        if (!Files.exists(file)) {
            if (!generateIfMissing) {
                throw new IllegalStateException("signing key file " + file + " is missing");
            }
            List<OctetKeyPair> fresh = List.of(generate());
            save(file, fresh);
            LOG.infof("generated signing key %s in %s", fresh.get(0).getKeyID(), file);
            return fresh;
        }
        try {
            List<OctetKeyPair> loaded = new ArrayList<>();
            for (JWK jwk : JWKSet.load(file.toFile()).getKeys()) {
                if (!(jwk instanceof OctetKeyPair okp) || !Curve.Ed25519.equals(okp.getCurve()) || !okp.isPrivate()) {
                    throw new IllegalStateException("signing key file " + file + " must hold Ed25519 private keys only");
                }
                loaded.add(okp);
            }
            if (loaded.isEmpty()) {
                throw new IllegalStateException("signing key file " + file + " holds no key");
            }
            loaded.sort(Comparator.comparing(k -> k.getIssueTime() == null ? new Date(0) : k.getIssueTime()));
            return List.copyOf(loaded);
        } catch (IOException | ParseException e) {
            throw new IllegalStateException("signing key file " + file + " cannot be read", e);
        }
    }

    private static OctetKeyPair generate() {
        try {
            return new OctetKeyPairGenerator(Curve.Ed25519)
                    .keyID(UUID.randomUUID().toString())
                    .keyUse(KeyUse.SIGNATURE)
                    .issueTime(new Date())
                    .generate();
        } catch (JOSEException e) {
            throw new IllegalStateException("Ed25519 key generation failed", e);
        }
    }

    private static void save(Path file, List<OctetKeyPair> keys) {
        try {
            if (file.getParent() != null) {
                Files.createDirectories(file.getParent());
            }
            Path tmp = Files.createTempFile(file.getParent() != null ? file.getParent() : Path.of("."), "keys", ".tmp");
            try {
                Files.setPosixFilePermissions(tmp, PosixFilePermissions.fromString("rw-------"));
            } catch (UnsupportedOperationException ignored) {
                // not a POSIX file system: the directory's protection has to do
            }
            Files.writeString(tmp, new JWKSet(new ArrayList<JWK>(keys)).toString(false));
            Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING,
                    StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new UncheckedIOException("signing key file " + file + " cannot be written", e);
        }
    }
}
