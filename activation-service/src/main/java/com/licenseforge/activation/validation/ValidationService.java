package com.licenseforge.activation.validation;

import com.licenseforge.activation.answers.Codes;
import com.licenseforge.activation.answers.CustomerInput;
import com.licenseforge.activation.answers.Refusal;
import com.licenseforge.activation.credentials.CredentialThrottle;
import com.licenseforge.activation.machines.Activation;
import com.licenseforge.activation.machines.ActivationChecks;
import com.licenseforge.activation.machines.ActivationTokens;
import com.licenseforge.activation.machines.FloatingLeases;
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
    private final FloatingLeases leases;
    private final ProvenTokens proven;

    public ValidationService(HeartbeatRead reads, ActivationChecks checks, ActivationTokens tokens,
                             CredentialThrottle throttle, SigningKeys keys, LastSeen lastSeen, FloatingLeases leases,
                             ProvenTokens proven) {
        this.reads = reads;
        this.checks = checks;
        this.tokens = tokens;
        this.throttle = throttle;
        this.keys = keys;
        this.lastSeen = lastSeen;
        this.leases = leases;
        this.proven = proven;
    }

    public ValidationAnswer validate(ValidationRequest request, String clientAddress) {
        String serial = CustomerInput.serial(request.serial());
        String fingerprintHash = CustomerInput.fingerprintHash("fingerprint", request.fingerprint());
        String productVersion = request.productVersion() == null ? null : request.productVersion().strip();
        HeartbeatRead.Heartbeat heartbeat = reads.read(serial, fingerprintHash, productVersion, clientAddress,
                throttle.lockBounds());
        throttle.requireUnlocked(serial, clientAddress, heartbeat.lockPossible());
        LicenseFacts known = heartbeat.facts();
        Optional<ProvenTokens.Proven> presented = Optional.empty();
        if (request.provesTheMachine()) {
            presented = prove(request, serial, fingerprintHash, clientAddress, known);
        }
        if (!request.provesTheMachine() && isStranger(fingerprintHash, known)) {
            throttle.recordFailure(CredentialThrottle.NO_SERIAL, clientAddress);
            return new ValidationAnswer(false, Codes.NOT_ACTIVATED, "the license is not activated on this machine",
                    null, null, null, null, Map.of());
        }
        Verdict verdict = checks.validation(fingerprintHash, productVersion, heartbeat.released(), known);
        if (!verdict.valid()) {
            return new ValidationAnswer(false, verdict.code(), verdict.detail(), null, null, null, null,
                    verdict.data());
        }
        if (!request.provesTheMachine()) {
            return new ValidationAnswer(true, verdict.code(), verdict.detail(), null, null, verdict.activation().id,
                    null, verdict.data());
        }
        ActivationTokens.Lease lease = known.license().isFloating()
                ? renewLease(request, presented, verdict, known)
                : nodeLocked(verdict.activation(), known);
        return new ValidationAnswer(true, verdict.code(), verdict.detail(), lease.token(), lease.expiresAt(),
                verdict.activation().id, lease.leaseExpiresAt(), verdict.data());
    }

    private ActivationTokens.Lease nodeLocked(Activation activation, LicenseFacts known) {
        touch(activation, known.now());
        return tokens.mint(known.license(), activation, known.standing(), known.now());
    }

    /**
     * Renews a floating license's machine's lease (written with the next batch) and answers the token the machine
     * presented while it has more than half its life left and the license is plainly valid: the heartbeat then
     * signs nothing. A borrowed machine that checks in online keeps a token until its borrow ends.
     */
    private ActivationTokens.Lease renewLease(ValidationRequest request, Optional<ProvenTokens.Proven> presented,
                                              Verdict verdict, LicenseFacts known) {
        License license = known.license();
        Activation activation = verdict.activation();
        Instant now = known.now();
        FloatingLeases.Lease lease = leases.renewed(license, activation.borrowedUntil, now);
        lastSeen.renewed(activation.id, now, lease.expiresAt(), lease.cullAfter());
        Instant freshUntil = now.plus(leases.tokenLife(license).dividedBy(2));
        Optional<ActivationTokens.Lease> kept = presented
                .filter(token -> Codes.VALID.equals(verdict.code()) && token.expiresAt().isAfter(freshUntil))
                .map(token -> new ActivationTokens.Lease(request.token(), token.expiresAt()));
        if (kept.isPresent()) {
            return kept.get().withLease(lease.expiresAt());
        }
        activation.leaseExpiresAt = lease.expiresAt();
        boolean borrowed = activation.borrowedUntil != null && activation.borrowedUntil.isAfter(now);
        return borrowed ? tokens.borrowed(license, activation, known.standing(), now)
                : tokens.mint(license, activation, known.standing(), now);
    }

    /**
     * The activation token must be ours, unexpired, for this serial and machine; else the CD key must match. What
     * a token proved is its claims; a floating license's machine's token is verified once per process and then
     * remembered until it expires, as it comes back with every heartbeat.
     */
    private Optional<ProvenTokens.Proven> prove(ValidationRequest request, String serial, String fingerprintHash,
                                                String clientAddress, LicenseFacts known) {
        License license = known.license();
        if (request.token() == null) {
            checks.credentials(serial, request.cdKey(), license).ifPresent(refusal -> {
                throw throttle.refuse(refusal, serial, license != null, clientAddress);
            });
            return Optional.empty();
        }
        boolean floating = license != null && license.isFloating();
        Optional<ProvenTokens.Proven> token = (floating ? proven.of(request.token()) : Optional.<ProvenTokens.Proven>empty())
                .or(() -> verified(request.token(), floating))
                .filter(claims -> claims.proves(serial, fingerprintHash, known.now()));
        if (token.isEmpty()) {
            throw throttle.refuse(Refusal.of(401, Codes.INVALID_CREDENTIALS,
                    "the activation token is not valid for this serial and machine; validate with the CD key"),
                    serial, license != null, clientAddress);
        }
        return token;
    }

    private Optional<ProvenTokens.Proven> verified(String token, boolean remember) {
        try {
            JWTClaimsSet claims = keys.verifier().verify(token, TokenClaims.ACTIVATION_TYPE);
            return Optional.of(remember ? proven.remember(token, claims) : ProvenTokens.Proven.of(claims));
        } catch (TokenVerifier.InvalidTokenException | ParseException e) {
            // answered like any other wrong proof
            return Optional.empty();
        }
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
