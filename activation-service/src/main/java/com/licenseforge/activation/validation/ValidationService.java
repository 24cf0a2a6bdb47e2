package com.licenseforge.activation.validation;

import com.licenseforge.activation.answers.Codes;
import com.licenseforge.activation.answers.CustomerInput;
import com.licenseforge.activation.answers.Refusal;
import com.licenseforge.activation.credentials.CredentialThrottle;
import com.licenseforge.activation.machines.Activation;
import com.licenseforge.activation.machines.ActivationChecks;
import com.licenseforge.activation.machines.ActivationTokens;
import com.licenseforge.activation.machines.LicenseFacts;
import com.licenseforge.activation.machines.Verdict;
import com.licenseforge.activation.readmodel.License;
import com.licenseforge.common.token.SigningKeys;
import com.licenseforge.common.token.TokenClaims;
import com.licenseforge.common.token.TokenVerifier;
import com.nimbusds.jwt.JWTClaimsSet;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import java.text.ParseException;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;

/**
 * Answers machines that validate (heartbeat). A request proven by the machine's activation token or the CD key
 * gets the whole verdict and, when valid, a refreshed token and a new last-seen time. An unproven one (clients
 * from before proofs) learns only whether this very machine is activated: a serial that is unknown, not
 * activated or activated elsewhere all answer {@code NOT_ACTIVATED}, and each such miss counts against the
 * address like a wrong key, so neither serials nor fingerprints can be probed.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class ValidationService {

    /**
     * How fresh "last seen" is kept: within it a heartbeat writes nothing, so validating stays a read that
     * costs no commit to disk however often machines call.
     */
    static final Duration LAST_SEEN_RESOLUTION = Duration.ofMinutes(1);

    private final LastSeen lastSeen;
    private final HeartbeatRead reads;
    private final ActivationChecks checks;
    private final ActivationTokens tokens;
    private final CredentialThrottle throttle;
    private final SigningKeys keys;

    public ValidationService(HeartbeatRead reads, ActivationChecks checks, ActivationTokens tokens,
                             CredentialThrottle throttle, SigningKeys keys, LastSeen lastSeen) {
        this.reads = reads;
        this.checks = checks;
        this.tokens = tokens;
        this.throttle = throttle;
        this.keys = keys;
        this.lastSeen = lastSeen;
    }

    public ValidationAnswer validate(ValidationRequest request, String clientAddress) {
        String serial = CustomerInput.serial(request.serial());
        String fingerprintHash = CustomerInput.fingerprintHash("fingerprint", request.fingerprint());
        String productVersion = request.productVersion() == null ? null : request.productVersion().strip();
        HeartbeatRead.Heartbeat heartbeat = reads.read(serial, fingerprintHash, productVersion, clientAddress,
                throttle.lockBounds());
        throttle.requireUnlocked(serial, clientAddress, heartbeat.lockPossible());
        LicenseFacts known = heartbeat.facts();
        if (request.provesTheMachine()) {
            prove(request, serial, fingerprintHash, clientAddress, known.license());
        }
        if (!request.provesTheMachine() && isStranger(fingerprintHash, known)) {
            throttle.recordFailure(CredentialThrottle.NO_SERIAL, clientAddress);
            return new ValidationAnswer(false, Codes.NOT_ACTIVATED, "the license is not activated on this machine",
                    null, null, null, Map.of());
        }
        Verdict verdict = checks.validation(fingerprintHash, productVersion, heartbeat.released(), known);
        if (!verdict.valid()) {
            return new ValidationAnswer(false, verdict.code(), verdict.detail(), null, null, null, verdict.data());
        }
        if (!request.provesTheMachine()) {
            return new ValidationAnswer(true, verdict.code(), verdict.detail(), null, null, verdict.activation().id,
                    verdict.data());
        }
        touch(verdict.activation(), known.now());
        ActivationTokens.Lease lease = tokens.mint(known.license(), verdict.activation(), known.standing(), known.now());
        return new ValidationAnswer(true, verdict.code(), verdict.detail(), lease.token(), lease.expiresAt(),
                verdict.activation().id, verdict.data());
    }

    /** The activation token must be ours, unexpired, for this serial and machine; else the CD key must match. */
    private void prove(ValidationRequest request, String serial, String fingerprintHash, String clientAddress,
                       License license) {
        Optional<Refusal> refusal = request.token() != null
                ? tokenProof(request.token(), serial, fingerprintHash)
                : checks.credentials(serial, request.cdKey(), license);
        if (refusal.isPresent()) {
            throw throttle.refuse(refusal.get(), serial, license != null, clientAddress);
        }
    }

    private Optional<Refusal> tokenProof(String token, String serial, String fingerprintHash) {
        try {
            JWTClaimsSet claims = keys.verifier().verify(token, TokenClaims.ACTIVATION_TYPE);
            if (serial.equals(claims.getSubject())
                    && fingerprintHash.equals(claims.getStringClaim(TokenClaims.FINGERPRINT))) {
                return Optional.empty();
            }
        } catch (TokenVerifier.InvalidTokenException | ParseException e) {
            // answered below like any other wrong proof
        }
        return Optional.of(Refusal.of(401, Codes.INVALID_CREDENTIALS,
                "the activation token is not valid for this serial and machine; validate with the CD key"));
    }

    /** Whether an unproven caller may hear more than NOT_ACTIVATED: only about a machine that is or was activated. */
    private boolean isStranger(String fingerprintHash, LicenseFacts known) {
        return !known.known() || known.activeOn(fingerprintHash).isEmpty()
                && checks.machine(fingerprintHash, known).filter(r -> Codes.REASSIGNED.equals(r.code())).isEmpty();
    }

    private void touch(Activation activation, Instant now) {
        if (activation.lastSeenAt == null || activation.lastSeenAt.isBefore(now.minus(LAST_SEEN_RESOLUTION))) {
            lastSeen.seen(activation.id, now);
        }
    }
}
