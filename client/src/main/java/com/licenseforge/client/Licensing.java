package com.licenseforge.client;

import com.licenseforge.client.api.ActivationApi;
import com.licenseforge.client.api.ActivationLease;
import com.licenseforge.client.api.ActivationPreview;
import com.licenseforge.client.api.ActivationRequest;
import com.licenseforge.client.api.Organization;
import com.licenseforge.client.api.Seats;
import com.licenseforge.client.api.TrialLease;
import com.licenseforge.client.api.TrialRequest;
import com.licenseforge.client.api.Validation;
import com.licenseforge.client.machine.MachineFingerprint;
import com.licenseforge.client.offline.OfflineRequest;
import com.licenseforge.client.state.LicenseState;
import com.licenseforge.client.state.StateFile;
import com.licenseforge.client.verify.LicenseVerifier;
import com.licenseforge.client.verify.ProductRelease;
import com.licenseforge.client.verify.TrustedKeys;
import com.licenseforge.client.verify.VerificationException;
import com.licenseforge.client.verify.VerificationFailure;
import com.licenseforge.client.verify.VerifiedLicense;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.locks.ReentrantLock;

/**
 * Licensing of one product on one machine, the way a vendor's program uses it: activate once, check
 * {@link #status()} (offline, from the last good lease), keep the lease alive with the {@link #heartbeat()}
 * (or {@link #startHeartbeat on a schedule}), and move, deactivate or activate offline when needed. Every
 * lease the service sends is verified against the pinned keys before it is kept. The kept state is sealed and
 * counted in a high-water mark kept apart from it, so an edited state, a restored older copy and a clock set back
 * behind what the installation has seen are not licensed (INTEGRATION.md says what this does and does not stop).
 * <p>
 * Thread-safe: calls that change the state run one at a time; {@link #status()} never waits for the service.
 *
 * <pre>{@code
 * Licensing licensing = Licensing.builder()
 *         .server(URI.create("https://activation.example.com"))
 *         .release(new ProductRelease("erp", "2.0.0", Instant.parse("2026-03-01T00:00:00Z")))
 *         .trustedKeys(keys)
 *         .machine(MachineFingerprint.detect())
 *         .stateFile(Path.of(dataDir, "license.json"))
 *         .build();
 * }</pre>
 */
public final class Licensing {

    private final ActivationApi api;
    private final ProductRelease release;
    private final MachineFingerprint machine;
    private final StateFile state;
    private final LicenseVerifier verifier;
    private final Clock clock;
    private final Duration clockTolerance;
    private final ReentrantLock changes = new ReentrantLock();

    private Licensing(Builder builder) {
        this.api = builder.api;
        this.release = Objects.requireNonNull(builder.release, "release");
        this.machine = Objects.requireNonNull(builder.machine, "machine");
        Path stateFile = Objects.requireNonNull(builder.stateFile, "stateFile");
        this.state = builder.markFile == null ? new StateFile(stateFile) : new StateFile(stateFile, builder.markFile);
        this.clock = builder.clock;
        this.clockTolerance = builder.clockTolerance;
        this.verifier = new LicenseVerifier(Objects.requireNonNull(builder.keys, "trustedKeys"), release, clock,
                clockTolerance);
    }

    /** A builder; release, trusted keys, machine and state file are required. */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * The organizations {@code serial} may be activated into, sorted by name, the one holding its binding marked:
     * show them for the customer to choose from, then pass the chosen one's id to {@link #activate}.
     */
    public List<Organization> organizations(String serial, CdKey cdKey) {
        return api().organizations(serial, cdKey);
    }

    /** What activating {@code serial} here would find and whether it would succeed; changes nothing. */
    public ActivationPreview preview(String serial, CdKey cdKey, UUID organizationId, String hostname) {
        return api().preview(request(serial, cdKey, organizationId, hostname));
    }

    /**
     * Activates {@code serial} on this machine in {@code organizationId} and keeps the lease.
     *
     * @throws com.licenseforge.client.api.RefusedException     the service refused (typed reason inside)
     * @throws com.licenseforge.client.api.UnreachableException no answer
     * @throws VerificationException                            the lease does not verify against the pinned keys
     */
    public LicenseStatus activate(String serial, CdKey cdKey, UUID organizationId, String hostname) {
        changes.lock();
        try {
            ActivationLease lease = api().activate(request(serial, cdKey, organizationId, hostname));
            VerifiedLicense license = verifier.verifyActivation(lease.token(), machine);
            keep(new LicenseState(license.serial(), license.organizationId(), license.activationId(),
                    lease.token(), clock.instant(), "VALID", null, lease.leaseExpiresAt()), license);
            return status();
        } finally {
            changes.unlock();
        }
    }

    /**
     * Starts a trial of the product on this machine for a prospect (no serial or CD key needed) and keeps its
     * lease like an activation: {@link #status()} then shows the trial's days left. The answer's serial and CD key
     * are the prospect's to keep; a paid serial later activated here ends the trial on this machine.
     *
     * @throws com.licenseforge.client.api.RefusedException     {@code TRIALS_DISABLED}, {@code TRIAL_ALREADY_USED}
     *                                                          (this machine, mostly its hardware, or this e-mail
     *                                                          had the trial), {@code TOO_MANY_REQUESTS}
     * @throws com.licenseforge.client.api.UnreachableException no answer
     * @throws VerificationException                            the lease does not verify against the pinned keys
     */
    public TrialLease startTrial(String organizationName, String contactEmail, String hostname) {
        return startTrial(organizationName, contactEmail, hostname, null);
    }

    /**
     * {@link #startTrial(String, String, String)} with the language of the prospect's trial mail: {@code en},
     * {@code de} or {@code zh} ({@code null}: English); another is refused as {@code VALIDATION_FAILED}.
     */
    public TrialLease startTrial(String organizationName, String contactEmail, String hostname, String language) {
        changes.lock();
        try {
            TrialLease trial = api().startTrial(new TrialRequest(release.productCode(), release.version(),
                    organizationName, contactEmail, machine.fingerprint(), machine.components(), hostname, language));
            VerifiedLicense license = verifier.verifyActivation(trial.lease().token(), machine);
            keep(new LicenseState(license.serial(), license.organizationId(), license.activationId(),
                    trial.lease().token(), clock.instant(), "VALID", null), license);
            return trial;
        } finally {
            changes.unlock();
        }
    }

    /**
     * Validates this machine with the service (the heartbeat), proven by the activation token of the kept lease:
     * a valid answer renews the lease; a refusal (revoked, suspended, reassigned, ...) ends it here too.
     *
     * @throws IllegalStateException when the machine is not activated, or its lease ended (then
     *                               {@link #heartbeat(CdKey)} proves the machine with the CD key instead)
     * @throws com.licenseforge.client.api.UnreachableException no answer: the last good lease still counts
     * @throws VerificationException a fresh lease that does not verify (e.g. a new signing key not pinned yet);
     *                               the last good lease is kept
     */
    public LicenseStatus heartbeat() {
        changes.lock();
        try {
            LicenseState current = activated();
            if (current.token() == null) {
                throw new IllegalStateException("the lease ended; prove the machine with heartbeat(cdKey)");
            }
            return renew(current, api().validate(current.serial(), machine.fingerprint(), release.version(),
                    current.token()));
        } finally {
            changes.unlock();
        }
    }

    /**
     * The heartbeat of a machine whose lease ended or whose token was lost, proven by the CD key; otherwise as
     * {@link #heartbeat()}.
     */
    public LicenseStatus heartbeat(CdKey cdKey) {
        changes.lock();
        try {
            LicenseState current = activated();
            return renew(current, api().validate(current.serial(), machine.fingerprint(), release.version(), cdKey));
        } finally {
            changes.unlock();
        }
    }

    private LicenseStatus renew(LicenseState current, Validation answer) {
        if (answer.valid()) {
            keep(new LicenseState(current.serial(), current.organizationId(), current.activationId(),
                    answer.token(), clock.instant(), answer.code(), answer.graceEndsAt().orElse(null),
                    answer.leaseExpiresAt()), verifier.verifyActivation(answer.token(), machine));
        } else {
            state.save(new LicenseState(current.serial(), current.organizationId(), current.activationId(),
                    null, clock.instant(), answer.code(), null), clock.instant());
        }
        return status();
    }

    /** Runs the {@link #heartbeat()} now and then every {@code interval} on a daemon thread until closed. */
    public Heartbeat startHeartbeat(Duration interval, HeartbeatListener listener) {
        api();
        return Heartbeat.start(this, interval, Duration.ZERO, Objects.requireNonNull(listener, "listener"));
    }

    /**
     * {@link #startHeartbeat} with each wait drawn from {@code interval} ± {@code jitter}, so machines started
     * together do not call the service together.
     */
    public Heartbeat startHeartbeat(Duration interval, Duration jitter, HeartbeatListener listener) {
        api();
        return Heartbeat.start(this, interval, jitter, Objects.requireNonNull(listener, "listener"));
    }

    /**
     * After a hardware change: moves this machine's activation to its fingerprint now (limited per year) and
     * keeps the new lease.
     */
    public LicenseStatus reregister(CdKey cdKey) {
        changes.lock();
        try {
            LicenseState current = activated();
            ActivationLease lease = api().reregister(current.activationId(), cdKey, machine.fingerprint(),
                    machine.components());
            keep(new LicenseState(current.serial(), current.organizationId(), current.activationId(),
                    lease.token(), clock.instant(), "VALID", null, lease.leaseExpiresAt()),
                    verifier.verifyActivation(lease.token(), machine));
            return status();
        } finally {
            changes.unlock();
        }
    }

    /**
     * Floating licenses: activates {@code serial} here (taking one of its concurrent slots), then heartbeats at
     * half the license's interval with jitter, so the lease never lapses while the program runs, and checks in
     * when the program exits normally (a shutdown hook) or the session is closed. A machine that crashes gives
     * its slot back when the service culls its lease.
     *
     * @throws IllegalStateException the license is not floating (the activation stays: deactivate it if unwanted)
     */
    public FloatingSession checkout(String serial, CdKey cdKey, UUID organizationId, String hostname,
                                    HeartbeatListener listener) {
        LicenseStatus activated = activate(serial, cdKey, organizationId, hostname);
        VerifiedLicense license = activated.verified()
                .orElseThrow(() -> new IllegalStateException("the activation is not licensed here: " + activated.reason()));
        if (!license.floating()) {
            throw new IllegalStateException("license " + serial + " is node-locked: activate it instead");
        }
        return FloatingSession.start(this, cdKey, license.heartbeatInterval(), Objects.requireNonNull(listener));
    }

    /**
     * Takes this machine's floating lease out for offline use until {@code until} (at most the license's
     * longest borrow): the program then runs without the service until then, and the slot stays held. Return it
     * early with {@link #checkIn}.
     */
    public LicenseStatus borrow(Instant until) {
        changes.lock();
        try {
            LicenseState current = activated();
            if (current.token() == null) {
                throw new IllegalStateException("the lease ended; activate again before borrowing");
            }
            ActivationLease lease = api().borrow(current.activationId(), current.token(), until);
            keep(new LicenseState(current.serial(), current.organizationId(), current.activationId(),
                    lease.token(), clock.instant(), "VALID", null, lease.leaseExpiresAt()),
                    verifier.verifyActivation(lease.token(), machine));
            return status();
        } finally {
            changes.unlock();
        }
    }

    /** A floating license's machine gives its slot back now (returning a borrowed lease early): {@link #deactivate}. */
    public void checkIn(CdKey cdKey) {
        deactivate(cdKey);
    }

    /** Ends this machine's activation, freeing its slot, and forgets the lease. */
    public void deactivate(CdKey cdKey) {
        changes.lock();
        try {
            api().deactivate(activated().activationId(), cdKey);
            state.clear(clock.instant());
        } finally {
            changes.unlock();
        }
    }

    /** Sets the named users holding {@code module}'s seats on this machine (replacing its earlier report). */
    public Seats assignSeats(CdKey cdKey, String module, Collection<String> users) {
        return api().assignSeats(activated().activationId(), module, cdKey, users);
    }

    /** Releases every seat of {@code module} held on this machine. */
    public Seats releaseSeats(CdKey cdKey, String module) {
        return api().releaseSeats(activated().activationId(), module, cdKey);
    }

    /** The text of an offline activation request file for this machine (the CD key is proven, not written). */
    public String offlineRequest(String serial, CdKey cdKey, UUID organizationId, String hostname) {
        return OfflineRequest.builder(serial, cdKey, organizationId, release.productCode(), release.version(), machine)
                .hostname(hostname).clock(clock).build().toFile();
    }

    /**
     * Imports the license file answered to an offline request: verified against the pinned keys and this
     * machine, then kept as the lease. A lease issued before the service last refused this machine (or before it
     * was deactivated) is refused as {@link com.licenseforge.client.verify.VerificationFailure#STATE_ROLLED_BACK}.
     */
    public LicenseStatus importLicenseFile(String licenseFile) {
        changes.lock();
        try {
            String token = LicenseVerifier.tokenOf(licenseFile);
            VerifiedLicense license = verifier.verifyActivation(token, machine);
            Optional<Instant> ended = state.read().endedAt();
            if (ended.isPresent() && (license.issuedAt() == null
                    || license.issuedAt().plus(clockTolerance).isBefore(ended.get()))) {
                throw new VerificationException(VerificationFailure.STATE_ROLLED_BACK, "the license file was issued "
                        + license.issuedAt() + ", before this machine's activation ended " + ended.get());
            }
            keep(new LicenseState(license.serial(), license.organizationId(), license.activationId(), token,
                    clock.instant(), "VALID", null), license);
            return status();
        } finally {
            changes.unlock();
        }
    }

    /**
     * Loads and verifies a license file without keeping it: the issuer's download (the entitlement, not bound
     * to a machine) or an offline activation's answer (bound to this machine).
     */
    public VerifiedLicense loadLicenseFile(Path file) {
        try {
            return verifier.verifyLicenseFile(Files.readString(file), machine);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
    }

    /**
     * Whether the program may run now, from the kept lease alone (no network). Also moves the installation's
     * high-water mark up to the clock, so ask it now and then (hourly, say) on a machine that is never online.
     */
    public LicenseStatus status() {
        Instant now = clock.instant();
        StateFile.Reading kept = state.read();
        if (kept.seenUpTo() != null && now.plus(clockTolerance).isBefore(kept.seenUpTo())) {
            return LicenseStatus.rejected(kept, VerificationFailure.CLOCK_TAMPERED,
                    "the clock (" + now + ") is behind a time this installation has seen (" + kept.seenUpTo() + ")");
        }
        state.see(now);
        if (kept.refusal() != null) {
            return LicenseStatus.rejected(kept, kept.refusal(), kept.reason());
        }
        if (kept.state() == null) {
            return LicenseStatus.notActivated();
        }
        if (kept.state().token() == null) {
            return LicenseStatus.refused(kept.state());
        }
        try {
            return LicenseStatus.of(kept.state(), verifier.verifyActivation(kept.state().token(), machine), clock);
        } catch (VerificationException e) {
            return LicenseStatus.rejected(kept.state(), e.failure(), e.getMessage());
        }
    }

    /** This machine's fingerprint and components. */
    public MachineFingerprint machine() {
        return machine;
    }

    private ActivationRequest request(String serial, CdKey cdKey, UUID organizationId, String hostname) {
        return new ActivationRequest(serial, cdKey, organizationId, release.productCode(), release.version(),
                machine.fingerprint(), machine.components(), hostname);
    }

    /** Keeps {@code kept}, whose token is {@code license}: its issue time counts as seen. */
    private void keep(LicenseState kept, VerifiedLicense license) {
        Instant now = clock.instant();
        state.save(kept, license.issuedAt() != null && license.issuedAt().isAfter(now) ? license.issuedAt() : now);
    }

    /** The activation to ask the service about: taken from the state even when it is refused here, as the service decides. */
    private LicenseState activated() {
        return state.unverified().filter(s -> s.activationId() != null)
                .orElseThrow(() -> new IllegalStateException("this machine is not activated"));
    }

    private ActivationApi api() {
        if (api == null) {
            throw new IllegalStateException("no activation service configured (offline installation)");
        }
        return api;
    }

    /** Configures {@link Licensing}: release, trusted keys, machine and state file are required. */
    public static final class Builder {

        private ActivationApi api;
        private ProductRelease release;
        private TrustedKeys keys;
        private MachineFingerprint machine;
        private Path stateFile;
        private Path markFile;
        private Clock clock = Clock.systemUTC();
        private Duration clockTolerance = LicenseVerifier.CLOCK_TOLERANCE;

        private Builder() {
        }

        /** The activation service with default timeouts and retries; leave out on a machine that is never online. */
        public Builder server(URI baseUri) {
            return api(ActivationApi.builder(baseUri).build());
        }

        /** A configured API client instead of {@link #server}. */
        public Builder api(ActivationApi api) {
            this.api = Objects.requireNonNull(api);
            return this;
        }

        /** The running product build. */
        public Builder release(ProductRelease release) {
            this.release = release;
            return this;
        }

        /** The pinned public keys. */
        public Builder trustedKeys(TrustedKeys keys) {
            this.keys = keys;
            return this;
        }

        /** This machine ({@link MachineFingerprint#detect()} or the product's own components). */
        public Builder machine(MachineFingerprint machine) {
            this.machine = machine;
            return this;
        }

        /** Where the last good lease is kept between runs. */
        public Builder stateFile(Path stateFile) {
            this.stateFile = stateFile;
            return this;
        }

        /**
         * Where the installation's high-water mark is kept; by default beside the state file ({@code .mark}).
         * Somewhere a restore of the program's data folder does not reach (the user's profile) is better.
         */
        public Builder markFile(Path markFile) {
            this.markFile = Objects.requireNonNull(markFile);
            return this;
        }

        /**
         * How far the clock may be behind a time the installation has already seen before it counts as set back
         * ({@link com.licenseforge.client.verify.VerificationFailure#CLOCK_TAMPERED}); 10 minutes by default.
         */
        public Builder clockTolerance(Duration clockTolerance) {
            if (clockTolerance.isNegative()) {
                throw new IllegalArgumentException("the clock tolerance must not be negative");
            }
            this.clockTolerance = clockTolerance;
            return this;
        }

        /** The clock to judge leases by (tests). */
        public Builder clock(Clock clock) {
            this.clock = Objects.requireNonNull(clock);
            return this;
        }

        /**
         * @throws NullPointerException when a required setting is missing
         */
        public Licensing build() {
            return new Licensing(this);
        }
    }
}
