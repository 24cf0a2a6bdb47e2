package com.licenseforge.client.state;

import com.fasterxml.jackson.databind.node.ObjectNode;
import com.licenseforge.client.verify.VerificationFailure;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DateTimeException;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.Set;

/**
 * The {@link LicenseState} in a JSON file, and beside it (or where the program puts it) the installation's
 * {@link HighWaterMark}. Both are sealed with a key derived from the installation's secret, and the state
 * carries the generation the mark last counted, so an edited state, a state without its mark and an older copy
 * of the state are {@linkplain #read() refused}. Files are replaced atomically. Thread-safe within one process.
 */
public final class StateFile {

    /** The mark moves forward with the clock in steps of this, so a program asking often writes seldom. */
    private static final Duration SEEN_STEP = Duration.ofMinutes(1);
    private static final String DEACTIVATED = "DEACTIVATED";

    private final Path path;
    private final Path markPath;

    /** The state kept in {@code path}, its mark in {@code path} + {@code .mark} (directories made on save). */
    public StateFile(Path path) {
        this(path, path.resolveSibling(path.getFileName() + ".mark"));
    }

    /** The state kept in {@code path} and its mark in {@code markPath}, e.g. outside the program's data folder. */
    public StateFile(Path path, Path markPath) {
        this.path = path.toAbsolutePath();
        this.markPath = markPath.toAbsolutePath();
    }

    /** Where the state is kept. */
    public Path path() {
        return path;
    }

    /** Where the high-water mark is kept. */
    public Path markPath() {
        return markPath;
    }

    /** The kept state when it may be trusted, or why it may not; the highest time seen either way. */
    public synchronized Reading read() {
        HighWaterMark mark;
        try {
            Optional<HighWaterMark> kept = SealedJson.read(markPath).map(HighWaterMark::fromJson);
            Optional<ObjectNode> node = SealedJson.read(path);
            if (node.isEmpty()) {
                return kept.map(m -> Reading.of(null, m)).orElse(Reading.NONE);
            }
            if (kept.isEmpty()) {
                return Reading.refused(null, VerificationFailure.STATE_TAMPERED,
                        "the license state has lost its high-water mark " + markPath);
            }
            mark = kept.get();
            if (!SealedJson.sealed(node.get(), mark.seal())) {
                return Reading.refused(mark, VerificationFailure.STATE_TAMPERED, "the license state was edited");
            }
            if (node.get().path("generation").asLong(-1) != mark.generation()) {
                return Reading.refused(mark, VerificationFailure.STATE_ROLLED_BACK,
                        "the license state is a copy older than the last one saved");
            }
            return Reading.of(stateOf(node.get()), mark);
        } catch (IllegalArgumentException | DateTimeException e) {
            return Reading.refused(null, VerificationFailure.STATE_TAMPERED, e.getMessage());
        }
    }

    /** The saved state when it may be trusted ({@link #read()}); empty when there is none or it may not. */
    public Optional<LicenseState> load() {
        return Optional.ofNullable(read().state());
    }

    /**
     * The state as the file says, seal and generation unchecked: only to name the activation when asking the
     * service, which decides. Empty when there is none or it is unreadable.
     */
    public synchronized Optional<LicenseState> unverified() {
        try {
            return SealedJson.read(path).map(StateFile::stateOf);
        } catch (IllegalArgumentException | DateTimeException e) {
            return Optional.empty();
        }
    }

    /**
     * Replaces the kept state: the mark counts a generation, moves up to {@code seen} (the clock now, or a
     * later issue time of the kept token) and records the state's verdict.
     */
    public synchronized void save(LicenseState state, Instant seen) {
        HighWaterMark mark = currentMark().next(seen, state.lastCode(), state.lastCheckedAt());
        // the mark first: a crash between the two leaves a state refused as older, never an older state accepted
        SealedJson.write(markPath, mark.toJson(), mark.seal());
        ObjectNode node = SealedJson.object()
                .put("serial", state.serial())
                .put("organizationId", SealedJson.string(state.organizationId()))
                .put("activationId", SealedJson.string(state.activationId()))
                .put("token", state.token())
                .put("lastCheckedAt", SealedJson.string(state.lastCheckedAt()))
                .put("lastCode", state.lastCode())
                .put("graceEndsAt", SealedJson.string(state.graceEndsAt()))
                .put("leaseExpiresAt", SealedJson.string(state.leaseExpiresAt()))
                .put("generation", mark.generation());
        SealedJson.write(path, node, mark.seal());
    }

    /** Replaces the kept state, seen at its {@code lastCheckedAt}. */
    public void save(LicenseState state) {
        save(state, state.lastCheckedAt());
    }

    /**
     * Moves the high-water mark up to {@code now} (in steps of a minute); does nothing before the first save or
     * when the mark is unreadable (the state is refused then anyway).
     */
    public synchronized void see(Instant now) {
        try {
            SealedJson.read(markPath).map(HighWaterMark::fromJson)
                    .filter(mark -> now.isAfter(mark.seenUpTo().plus(SEEN_STEP)))
                    .map(mark -> mark.seen(now))
                    .ifPresent(mark -> SealedJson.write(markPath, mark.toJson(), mark.seal()));
        } catch (IllegalArgumentException | DateTimeException e) {
            // nothing to move forward: read() refuses the state
        }
    }

    /**
     * Forgets the state (after a deactivation at {@code at}). The mark stays, recording the deactivation, so
     * neither the clock nor a lease issued before it comes back with a later state.
     */
    public synchronized void clear(Instant at) {
        HighWaterMark mark = currentMark().next(at, DEACTIVATED, at);
        SealedJson.write(markPath, mark.toJson(), mark.seal());
        try {
            Files.deleteIfExists(path);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot delete " + path, e);
        }
    }

    /** Forgets the state, recording the deactivation at the latest time seen. */
    public void clear() {
        clear(currentMark().seenUpTo());
    }

    /** The mark to count on from: a missing or unreadable one starts a new installation (a refused state is then replaced). */
    private HighWaterMark currentMark() {
        try {
            return SealedJson.read(markPath).map(HighWaterMark::fromJson).orElseGet(HighWaterMark::first);
        } catch (IllegalArgumentException | DateTimeException e) {
            return HighWaterMark.first();
        }
    }

    private static LicenseState stateOf(ObjectNode node) {
        return new LicenseState(SealedJson.text(node, "serial"), SealedJson.uuid(node, "organizationId"),
                SealedJson.uuid(node, "activationId"), SealedJson.text(node, "token"),
                SealedJson.instant(node, "lastCheckedAt"), SealedJson.text(node, "lastCode"),
                SealedJson.instant(node, "graceEndsAt"), SealedJson.instant(node, "leaseExpiresAt"));
    }

    /**
     * What {@link #read()} found.
     *
     * @param state         the kept state when there is one and it may be trusted, else null
     * @param seenUpTo      the highest time this installation has seen, or null before its first save
     * @param lastCode      the service's last verdict as the mark recorded it ({@code DEACTIVATED} after a
     *                      deactivation), or null
     * @param lastCheckedAt when it was given, or null
     * @param refusal       why the kept state is not trusted ({@code STATE_TAMPERED}, {@code STATE_ROLLED_BACK}),
     *                      or null
     * @param reason        a sentence for people when refused, else null
     */
    public record Reading(LicenseState state, Instant seenUpTo, String lastCode, Instant lastCheckedAt,
                          VerificationFailure refusal, String reason) {

        private static final Set<String> GOOD = Set.of("VALID", "PAST_DUE");
        private static final Reading NONE = new Reading(null, null, null, null, null, null);

        private static Reading of(LicenseState state, HighWaterMark mark) {
            return new Reading(state, mark.seenUpTo(), mark.lastCode(), mark.lastCheckedAt(), null, null);
        }

        private static Reading refused(HighWaterMark mark, VerificationFailure refusal, String reason) {
            return mark == null ? new Reading(null, null, null, null, refusal, reason)
                    : new Reading(null, mark.seenUpTo(), mark.lastCode(), mark.lastCheckedAt(), refusal, reason);
        }

        /**
         * When the service last refused this machine or it was deactivated: a lease issued before then must not
         * come back.
         */
        public Optional<Instant> endedAt() {
            return lastCode == null || GOOD.contains(lastCode) ? Optional.empty() : Optional.ofNullable(lastCheckedAt);
        }
    }
}
