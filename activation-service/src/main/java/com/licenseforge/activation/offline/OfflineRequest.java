package com.licenseforge.activation.offline;

import com.licenseforge.activation.answers.CustomerInput;
import com.licenseforge.activation.credentials.Credential;
import com.licenseforge.activation.machines.ActivationIntent;
import com.licenseforge.activation.machines.ActivationRequest;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Map;
import java.util.UUID;

/**
 * An activation request file as read (format in OFFLINE.md): the online request's fields without the CD key,
 * the nonce and time it was made, and the signature over {@code canonicalRequest}, the signed form of its lines
 * (or, in the previous format, the proof over it: a file carries one of them).
 */
public record OfflineRequest(
        @NotBlank @Size(max = 40) String serial,
        @NotNull UUID organizationId,
        @NotBlank @Size(max = 100) String productCode,
        @NotBlank @Size(max = 40) String productVersion,
        @NotBlank String fingerprint,
        @Size(max = 20) Map<@Pattern(regexp = "[a-z0-9._-]{1,40}",
                message = "names must be 1 to 40 ASCII letters, digits, '.', '_' or '-'") String,
                @NotNull @Size(max = 200) String> components,
        @Size(max = 255) @Pattern(regexp = ActivationRequest.NO_CONTROL_CHARACTERS, message = "must not contain control characters")
        String hostname,
        @NotNull @Pattern(regexp = "[A-Za-z0-9_-]{22,128}",
                message = "must be 22 to 128 characters of A-Z, a-z, 0-9, - and _ (16 or more random bytes)")
        String nonce,
        @NotNull Instant issuedAt,
        String signature,
        String proof,
        String canonicalRequest) {

    /** The intent with the serial in canonical form and the fingerprint hashed; malformed input is refused. */
    public ActivationIntent intent() {
        return new ActivationIntent(CustomerInput.serial("Serial", serial),
                credential(), organizationId, productCode, productVersion,
                CustomerInput.fingerprintHash("Fingerprint", fingerprint), components, hostname);
    }

    private Credential credential() {
        return signature != null ? new Credential.Signature(canonicalRequest, signature)
                : new Credential.Proof(canonicalRequest, proof);
    }

    /** SHA-256 of the signed lines: equal for the same request sent again, different for any change. */
    public String digest() {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(canonicalRequest.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 unavailable", e);
        }
    }
}
