package com.licenseforge.client.machine;

import com.licenseforge.format.Fingerprint;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Collections;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.regex.Pattern;

/**
 * A machine's identity: named hardware/OS components ({@code cpu}, {@code board}, {@code mac}, ...) and the
 * fingerprint derived from them. The components travel with an activation so that the service recognises the
 * machine after a partial hardware change (more than half of the recorded components, and at least two,
 * unchanged); the fingerprint is what the activation is bound to.
 * <p>
 * The fingerprint is {@code lf1-} followed by the SHA-256 (hex) of the components' canonical lines
 * {@code name=value\n}, sorted by name, names and values stripped and lower case, the same comparison the
 * service applies. The service stores and signs only {@link #hash()}: SHA-256 of the
 * {@linkplain Fingerprint#normalize normalized} fingerprint. Immutable and thread-safe.
 */
public final class MachineFingerprint {

    private static final Pattern NAME = Pattern.compile("[A-Za-z0-9._-]{1,40}");
    private static final int MAX_VALUE = 200;
    private static final int MAX_COMPONENTS = 20;

    private final SortedMap<String, String> components;
    private final String fingerprint;

    private MachineFingerprint(SortedMap<String, String> components) {
        this.components = Collections.unmodifiableSortedMap(components);
        this.fingerprint = "lf1-" + sha256(canonical(components));
    }

    /**
     * The fingerprint of this machine from the identifiers the operating system exposes to an unprivileged
     * process (Linux: machine id, DMI board, CPU model, the first physical network adapter's MAC; elsewhere the
     * CPU, the MAC and what the JVM knows). Hardware a vendor knows better can be added with {@link #with}.
     *
     * @throws IllegalStateException when not even one stable identifier is found
     */
    public static MachineFingerprint detect() {
        return of(LocalHardware.components());
    }

    /**
     * The fingerprint of the given components (name → value). Names are ASCII letters, digits, {@code .},
     * {@code _} and {@code -} (at most 40), compared without case; values at most 200 characters; at most 20.
     */
    public static MachineFingerprint of(Map<String, String> components) {
        SortedMap<String, String> canonical = new TreeMap<>();
        components.forEach((name, value) -> {
            Objects.requireNonNull(value, "value of component " + name);
            if (name == null || !NAME.matcher(name).matches()) {
                throw new IllegalArgumentException("component name " + name + " is not 1-40 of A-Z a-z 0-9 . _ -");
            }
            String stripped = value.strip();
            if (stripped.isEmpty() || stripped.length() > MAX_VALUE || stripped.chars().anyMatch(Character::isISOControl)) {
                throw new IllegalArgumentException("component " + name + " must be 1-" + MAX_VALUE
                        + " characters on one line");
            }
            if (canonical.put(name.toLowerCase(Locale.ROOT), stripped) != null) {
                throw new IllegalArgumentException("component " + name + " is given twice");
            }
        });
        if (canonical.isEmpty() || canonical.size() > MAX_COMPONENTS) {
            throw new IllegalStateException("a fingerprint needs 1-" + MAX_COMPONENTS + " components");
        }
        return new MachineFingerprint(canonical);
    }

    /** This fingerprint with one more (or a replaced) component. */
    public MachineFingerprint with(String name, String value) {
        Map<String, String> more = new TreeMap<>(components);
        more.remove(name.toLowerCase(Locale.ROOT));
        more.put(name, value);
        return of(more);
    }

    /** The fingerprint to activate with and validate under. */
    public String fingerprint() {
        return fingerprint;
    }

    /** The named components (lower-case names, sorted), sent with activations and offline requests. */
    public SortedMap<String, String> components() {
        return components;
    }

    /** The {@code fp} claim an activation token for this machine carries. */
    public String hash() {
        return Fingerprint.hash(fingerprint);
    }

    @Override
    public String toString() {
        return "MachineFingerprint" + components.keySet();
    }

    private static String canonical(SortedMap<String, String> components) {
        StringBuilder lines = new StringBuilder();
        components.forEach((name, value) -> lines.append(name).append('=')
                .append(value.strip().toLowerCase(Locale.ROOT)).append('\n'));
        return lines.toString();
    }

    private static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 unavailable", e);
        }
    }
}
