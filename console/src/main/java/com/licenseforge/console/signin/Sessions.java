package com.licenseforge.console.signin;

import com.licenseforge.console.ConsoleConfig;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;

import java.security.SecureRandom;
import java.time.Instant;
import java.util.Base64;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The signed-in staff members of this console instance, in memory: a restart signs everyone out, which suits a
 * tool whose sign-in takes seconds and whose tokens must not be stored anywhere else.
 */
@ApplicationScoped
public class Sessions {

    private static final SecureRandom RANDOM = new SecureRandom();

    private final ConcurrentHashMap<String, StaffSession> sessions = new ConcurrentHashMap<>();
    private final ConsoleConfig config;

    Sessions(ConsoleConfig config) {
        this.config = config;
    }

    StaffSession open(String name, Set<String> roles, String accessToken, Instant tokenExpiry) {
        Instant now = Instant.now();
        Instant absolute = now.plus(config.session().absolute());
        Instant endsAt = tokenExpiry != null && tokenExpiry.isBefore(absolute) ? tokenExpiry : absolute;
        StaffSession session = new StaffSession(randomToken(), name, roles, accessToken, randomToken(), endsAt, now);
        sessions.put(session.id(), session);
        return session;
    }

    /** The live session with this id, its idle clock restarted; an expired one is forgotten. */
    Optional<StaffSession> find(String id) {
        if (id == null) {
            return Optional.empty();
        }
        StaffSession session = sessions.get(id);
        Instant now = Instant.now();
        if (session == null || !session.liveAt(now, config.session().idle())) {
            if (session != null) {
                sessions.remove(id);
            }
            return Optional.empty();
        }
        session.touch(now);
        return Optional.of(session);
    }

    void close(StaffSession session) {
        sessions.remove(session.id());
    }

    @Scheduled(every = "1m")
    void forgetExpired() {
        Instant now = Instant.now();
        sessions.values().removeIf(session -> !session.liveAt(now, config.session().idle()));
    }

    static String randomToken() {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }
}
