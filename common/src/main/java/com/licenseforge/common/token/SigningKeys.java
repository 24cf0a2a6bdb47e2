package com.licenseforge.common.token;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSSigner;
import com.nimbusds.jose.jwk.Curve;
import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.KeyUse;
import com.nimbusds.jose.jwk.OctetKeyPair;
import com.nimbusds.jose.jwk.gen.OctetKeyPairGenerator;
import io.quarkus.arc.properties.IfBuildProperty;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.jboss.logging.Logger;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.FileTime;
import java.nio.file.attribute.PosixFilePermissions;
import java.text.ParseException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Date;
import java.util.List;
import java.util.UUID;
import java.util.function.Supplier;

/**
 * This service's Ed25519 keys. The newest key signs; older keys stay published in the JWKS so that the
 * tokens they signed can still be verified until they expire. Keys are read from a JWK set file and, where
 * allowed, generated on first start; they are never logged.
 * <p>
 * Replicas share the file (a mounted secret, or a shared volume where the rotation endpoint writes). Each
 * replica looks at the file's stamp at most once a {@link #RECHECK}, and reloads it when it changed, so a key
 * added by a rotation on another replica, or by updating the secret, signs here too without a restart. A
 * rotation appends to the file under an exclusive file lock after re-reading it, so two replicas rotating at
 * once both keep their keys.
 */
@ApplicationScoped
@IfBuildProperty(name = "licenseforge.signing.enabled", stringValue = "true", enableIfMissing = true)
public class SigningKeys {

    static final Duration RECHECK = Duration.ofSeconds(1);
    private static final Logger LOG = Logger.getLogger(SigningKeys.class);
    private static final Object IN_PROCESS = new Object();

    private final Path keyFile;
    private final Duration recheck;
    private volatile Loaded loaded;
    private volatile long checkedAt;

    @Inject
    public SigningKeys(SigningConfig config) {
        this(config, RECHECK);
    }

    SigningKeys(SigningConfig config, Duration recheck) {
        this.keyFile = config.keyFile().orElseThrow(
                () -> new IllegalStateException("licenseforge.signing.key-file (SIGNING_KEY_FILE) is not set"));
        this.recheck = recheck;
        this.loaded = config.generateIfMissing() ? underFileLock(this::loadOrGenerate) : read(keyFile);
        this.checkedAt = System.nanoTime();
    }

    /** The key that signs new tokens. */
    public OctetKeyPair active() {
        return current().active();
    }

    /**
     * The active key's id and its signer, built once per key: the signer derives the public key when it is
     * made, which would double the cost of every token if it were made per token.
     */
    public Signing signing() {
        return current().signing();
    }

    /** Public halves of every key, as served at {@code /.well-known/jwks.json}. */
    public JWKSet publicJwks() {
        return current().publicJwks();
    }

    /**
     * Verifies this service's own tokens against every key it publishes, by signing again with the private key;
     * rebuilt when the keys change.
     */
    public TokenVerifier verifier() {
        return current().verifier();
    }

    /** The key id to name in a token's header and the signer of that key. */
    public record Signing(String keyId, JWSSigner signer) {
    }

    /** Makes a fresh key the signer and keeps the old ones for verification; returns the new key id. */
    public synchronized String rotate() {
        loaded = underFileLock(() -> {
            List<OctetKeyPair> rotated = new ArrayList<>(read(keyFile).keys());
            rotated.add(generate());
            save(keyFile, rotated);
            return Loaded.of(rotated, stamp(keyFile));
        });
        String kid = active().getKeyID();
        LOG.infof("signing key rotated, new kid %s", kid);
        return kid;
    }

    private Loaded current() {
        long now = System.nanoTime();
        if (now - checkedAt >= recheck.toNanos()) {
            checkedAt = now;
            reloadIfChanged();
        }
        return loaded;
    }

    private synchronized void reloadIfChanged() {
        try {
            if (stamp(keyFile).equals(loaded.stamp())) {
                return;
            }
            Loaded fresh = read(keyFile);
            String before = loaded.keys().get(loaded.keys().size() - 1).getKeyID();
            loaded = fresh;
            LOG.infof("signing keys reloaded from %s: %d key(s), active kid %s (was %s)", keyFile,
                    fresh.keys().size(), fresh.keys().get(fresh.keys().size() - 1).getKeyID(), before);
        } catch (RuntimeException e) {
            // a file being replaced or broken must not stop signing: keep the keys last read and try again later
            LOG.warnf("signing key file %s could not be reloaded, keeping the keys read before: %s", keyFile, e.getMessage());
        }
    }

    private Loaded loadOrGenerate() {
        if (Files.exists(keyFile)) {
            return read(keyFile);
        }
        List<OctetKeyPair> fresh = List.of(generate());
        save(keyFile, fresh);
        LOG.infof("generated signing key %s in %s", fresh.get(0).getKeyID(), keyFile);
        return Loaded.of(fresh, stamp(keyFile));
    }

    /**
     * Runs {@code action} holding an exclusive lock on a file beside the key file, shared by every replica. A
     * file lock belongs to the whole JVM, so threads of one JVM queue on {@link #IN_PROCESS} first.
     */
    private <T> T underFileLock(Supplier<T> action) {
        Path lockFile = keyFile.resolveSibling(keyFile.getFileName() + ".lock");
        synchronized (IN_PROCESS) {
            return underFileLock(lockFile, action);
        }
    }

    private <T> T underFileLock(Path lockFile, Supplier<T> action) {
        try {
            if (keyFile.getParent() != null) {
                Files.createDirectories(keyFile.getParent());
            }
            try (FileChannel channel = FileChannel.open(lockFile, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
                 FileLock ignored = channel.lock()) {
                return action.get();
            }
        } catch (IOException e) {
            throw new UncheckedIOException("signing key lock " + lockFile + " cannot be taken", e);
        }
    }

    private static Loaded read(Path file) {
        if (!Files.exists(file)) {
            throw new IllegalStateException("signing key file " + file + " is missing");
        }
        try {
            Stamp stamp = stamp(file);
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
            return Loaded.of(loaded, stamp);
        } catch (IOException | ParseException e) {
            throw new IllegalStateException("signing key file " + file + " cannot be read", e);
        }
    }

    /** What tells one version of the file from the next: a rotation or a secret update replaces the file. */
    private static Stamp stamp(Path file) {
        try {
            BasicFileAttributes attributes = Files.readAttributes(file, BasicFileAttributes.class);
            return new Stamp(attributes.lastModifiedTime(), attributes.size(), attributes.fileKey());
        } catch (IOException e) {
            throw new UncheckedIOException("signing key file " + file + " cannot be read", e);
        }
    }

    private record Stamp(FileTime modified, long size, Object fileKey) {
    }

    /** The keys read from one version of the file, with what is derived from them once. */
    private record Loaded(List<OctetKeyPair> keys, Stamp stamp, Signing signing, JWKSet publicJwks,
                          TokenVerifier verifier) {
        static Loaded of(List<OctetKeyPair> keys, Stamp stamp) {
            JWKSet ownJwks = new JWKSet(new ArrayList<JWK>(keys));
            return new Loaded(List.copyOf(keys), stamp, signingOf(keys.get(keys.size() - 1)), ownJwks.toPublicJWKSet(),
                    new TokenVerifier(ownJwks));
        }

        OctetKeyPair active() {
            return keys.get(keys.size() - 1);
        }

        private static Signing signingOf(OctetKeyPair key) {
            try {
                return new Signing(key.getKeyID(), Ed25519Jws.signer(key));
            } catch (IllegalArgumentException e) {
                throw new IllegalStateException("signing key " + key.getKeyID() + " is not a usable Ed25519 key", e);
            }
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
