package com.licenseforge.client;

import com.licenseforge.client.state.LicenseState;
import com.licenseforge.client.state.StateFile;
import com.licenseforge.client.verify.VerificationFailure;
import com.licenseforge.client.verify.VerifiedLicense;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * Whether the program may run on this machine now, judged locally from the last good lease: its activation
 * token verified against the pinned keys, for this machine, product and release, not ended, and not since
 * refused by the service. Works offline; {@link #daysLeft()} says how long before the machine must reach the
 * service (heartbeat) or import a new license file. A clock set back behind what the installation has already
 * seen, an edited state and a restored older copy of it are not licensed ({@link #failure()} says which).
 *
 * @param licensed      whether the program may run
 * @param license       the verified activation, when there is a lease that verifies (even if the service has
 *                      refused since, it is null then)
 * @param leaseEndsAt   the end of the lease, or null
 * @param daysLeft      whole days left of the lease (0 in its last day or when there is none)
 * @param lastCode      the service's last verdict ({@code VALID}, {@code PAST_DUE}, or why not), or null
 * @param lastCheckedAt when the service last answered, or null
 * @param graceEndsAt   when past due, the end of the grace period, else null
 * @param failure       why a stored lease is not accepted locally ({@code CLOCK_TAMPERED}, {@code STATE_TAMPERED},
 *                      {@code STATE_ROLLED_BACK}, or why its token does not verify), else null
 * @param reason        a sentence for people: why not licensed, or null
 * @param trial         the trial period when the license is a trial (or the service said the trial ended), else null
 */
public record LicenseStatus(boolean licensed, VerifiedLicense license, Instant leaseEndsAt, long daysLeft,
                            String lastCode, Instant lastCheckedAt, Instant graceEndsAt,
                            VerificationFailure failure, String reason, TrialPeriod trial) {

    /**
     * A trial's time: when it ends, the whole days left of it (0 in its last day), and whether it ended (the
     * service answered {@code TRIAL_ENDED}: it ran out or became a paid license; enter the paid serial).
     */
    public record TrialPeriod(Instant endsAt, long daysLeft, boolean ended) {
    }

    /** Whether the service answered that the trial ended: the program asks for a paid serial. */
    public boolean trialEnded() {
        return "TRIAL_ENDED".equals(lastCode);
    }

    /** The verified license, when licensed. */
    public Optional<VerifiedLicense> verified() {
        return licensed ? Optional.of(license) : Optional.empty();
    }

    /** The seats of {@code module} while licensed, else 0. */
    public int seats(String module) {
        return licensed ? license.seats(module) : 0;
    }

    /** Whether the service reported payment past due (the program runs until {@link #graceEndsAt()}). */
    public boolean pastDue() {
        return "PAST_DUE".equals(lastCode);
    }

    /** Whether the clock is behind a time already seen: set it right and ask again. */
    public boolean clockTampered() {
        return failure == VerificationFailure.CLOCK_TAMPERED;
    }

    static LicenseStatus notActivated() {
        return new LicenseStatus(false, null, null, 0, null, null, null, null, "this machine is not activated", null);
    }

    static LicenseStatus refused(LicenseState state) {
        return new LicenseStatus(false, null, null, 0, state.lastCode(), state.lastCheckedAt(), null, null,
                "the activation service answered " + state.lastCode(),
                "TRIAL_ENDED".equals(state.lastCode()) ? new TrialPeriod(null, 0, true) : null);
    }

    static LicenseStatus rejected(LicenseState state, VerificationFailure failure, String message) {
        return new LicenseStatus(false, null, null, 0, state.lastCode(), state.lastCheckedAt(), state.graceEndsAt(),
                failure, message, null);
    }

    /** The kept state itself is not trusted, or the clock is behind it: the mark's last verdict stays shown. */
    static LicenseStatus rejected(StateFile.Reading reading, VerificationFailure failure, String message) {
        return new LicenseStatus(false, null, null, 0, reading.lastCode(), reading.lastCheckedAt(), null, failure,
                message, null);
    }

    /**
     * A node-locked machine runs until its token ends; a floating license's machine until its lease ends (the
     * service culls it after that), or, when borrowed, until the borrow ends (its token's end).
     */
    static LicenseStatus of(LicenseState state, VerifiedLicense license, Clock clock) {
        Instant ends = license.floating() && license.borrowedUntil() == null && state.leaseExpiresAt() != null
                && state.leaseExpiresAt().isBefore(license.expiresAt()) ? state.leaseExpiresAt() : license.expiresAt();
        Duration left = ends == null ? Duration.ZERO : Duration.between(clock.instant(), ends);
        if (ends != null && left.isNegative()) {
            return new LicenseStatus(false, license, ends, 0, state.lastCode(), state.lastCheckedAt(),
                    state.graceEndsAt(), null, "the floating lease ended " + ends + "; validate to take a slot again",
                    null);
        }
        TrialPeriod trial = null;
        if (license.trial() && license.trialEndsAt() != null) {
            Duration trialLeft = Duration.between(clock.instant(), license.trialEndsAt());
            trial = new TrialPeriod(license.trialEndsAt(), trialLeft.isNegative() ? 0 : trialLeft.toDays(), false);
        }
        return new LicenseStatus(true, license, ends, left.toDays(), state.lastCode(),
                state.lastCheckedAt(), state.graceEndsAt(), null, null, trial);
    }
}
