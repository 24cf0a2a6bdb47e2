package com.licenseforge.activation.machines;

import com.licenseforge.activation.answers.Codes;
import com.licenseforge.activation.answers.Refusal;
import com.licenseforge.activation.config.ActivationConfig;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * How many times a license's machines may move to a new fingerprint: the yearly allowance plus what support
 * granted, both counted over the last 365 days. Explicit and in-place re-registrations draw on it alike.
 */
@ApplicationScoped
public class ReregistrationAllowance {

    private static final Duration YEAR = Duration.ofDays(365);

    private final ActivationConfig config;
    private final ReregistrationRepository reregistrations;
    private final ReregistrationGrantRepository grants;

    public ReregistrationAllowance(ActivationConfig config, ReregistrationRepository reregistrations,
                                   ReregistrationGrantRepository grants) {
        this.config = config;
        this.reregistrations = reregistrations;
        this.grants = grants;
    }

    public int allowance(UUID licenseId, Instant now) {
        return config.reregistrationsPerYear() + grants.extraSince(licenseId, now.minus(YEAR));
    }

    public int used(UUID licenseId, Instant now) {
        return reregistrations.since(licenseId, now.minus(YEAR)).size();
    }

    /** {@code REREGISTRATION_LIMIT_REACHED} with the moment the oldest counted move stops counting. */
    public Optional<Refusal> exhausted(UUID licenseId, Instant now) {
        List<Reregistration> lastYear = reregistrations.since(licenseId, now.minus(YEAR));
        int allowance = allowance(licenseId, now);
        if (lastYear.size() < allowance) {
            return Optional.empty();
        }
        Instant next = allowance == 0 ? now.plus(YEAR) : lastYear.get(lastYear.size() - allowance).at.plus(YEAR);
        return Optional.of(Refusal.of(429, Codes.REREGISTRATION_LIMIT_REACHED, "the license has used its "
                        + allowance + " re-registrations of the last 365 days; support can grant more")
                .with("allowance", allowance)
                .with("used", lastYear.size())
                .with("nextAvailableAt", next)
                .retryAfter(Math.max(1, Duration.between(now, next).toSeconds())));
    }

    /** Moves {@code activation} to {@code newHash} and counts the move. */
    public void move(Activation activation, String newHash, Map<String, String> components, Instant now) {
        Reregistration move = new Reregistration();
        move.id = UUID.randomUUID();
        move.activationId = activation.id;
        move.licenseId = activation.licenseId;
        move.fromFingerprintHash = activation.fingerprintHash;
        move.toFingerprintHash = newHash;
        move.at = now;
        reregistrations.persist(move);
        activation.fingerprintHash = newHash;
        if (components != null) {
            activation.recordComponents(components);
        }
    }
}
