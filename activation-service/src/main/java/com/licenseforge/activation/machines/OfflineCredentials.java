package com.licenseforge.activation.machines;

import com.licenseforge.activation.answers.Codes;
import com.licenseforge.activation.answers.Refusal;
import com.licenseforge.activation.config.ActivationConfig;
import com.licenseforge.activation.credentials.Credential;
import com.licenseforge.activation.credentials.OfflineVerifierSeal;
import com.licenseforge.activation.readmodel.License;
import com.licenseforge.common.format.OfflineProof;
import com.licenseforge.format.OfflineKey;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.Clock;
import java.util.Optional;

/**
 * An offline request's credential. A signature (v2) is verified with the license's public key; a proof of the
 * previous format (v1) with its sealed verifier, and only until {@link ActivationConfig#offlineV1Until()}: after
 * it a captured verifier (old dumps, old events) makes nothing. A license without what its request needs (issued
 * before, not yet proven online) can only be activated online. An unknown serial gets the answer a wrong
 * signature gets.
 */
@ApplicationScoped
public class OfflineCredentials {

    private final OfflineVerifierSeal seal;
    private final ActivationConfig config;
    private final Clock clock;

    public OfflineCredentials(OfflineVerifierSeal seal, ActivationConfig config, Clock clock) {
        this.seal = seal;
        this.config = config;
        this.clock = clock;
    }

    Optional<Refusal> check(Credential credential, License license) {
        if (credential instanceof Credential.Signature signature) {
            if (license != null && license.offlinePublicKey == null) {
                return unavailable("the license has no offline key yet: activate it online once, then offline "
                        + "requests work");
            }
            return verdict(license != null && OfflineKey.verifies(license.offlinePublicKey,
                    signature.canonicalRequest(), signature.signature()));
        }
        Credential.Proof proof = (Credential.Proof) credential;
        if (license != null && (license.sealedOfflineVerifier == null
                || !clock.instant().isBefore(config.offlineV1Until()))) {
            return unavailable("requests with a Proof line are no longer accepted for this license: make a new "
                    + "request, which carries a Signature line");
        }
        return verdict(license != null && seal.open(license.id, license.sealedOfflineVerifier)
                .filter(verifier -> OfflineProof.matches(verifier, proof.canonicalRequest(), proof.proof()))
                .isPresent());
    }

    private static Optional<Refusal> verdict(boolean proven) {
        return proven ? Optional.empty()
                : Optional.of(Refusal.of(401, Codes.INVALID_CREDENTIALS, "serial and proof do not match a license"));
    }

    private static Optional<Refusal> unavailable(String detail) {
        return Optional.of(Refusal.of(409, Codes.OFFLINE_ACTIVATION_UNAVAILABLE, detail));
    }
}
