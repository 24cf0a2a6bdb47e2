package com.licenseforge.console.signin;

import com.licenseforge.console.ConsoleConfig;
import com.licenseforge.websession.SessionKey;
import com.licenseforge.websession.SessionRows;
import com.licenseforge.websession.TokenCipher;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import org.jboss.logging.Logger;

import javax.sql.DataSource;
import java.io.IOException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Optional;
import java.util.Set;

/**
 * The signed-in staff members, in the console's database so that every replica sees them and a restart signs no
 * one out. The browser's cookie holds a random session id; the row holds its SHA-256, the person, the roles, the
 * provider's tokens encrypted ({@link TokenCipher}) and two ends: idle (restarted by every request) and absolute.
 * An access token about to expire is refreshed when the provider gave a refresh token; without one the session
 * ends with the access token. A refresh the provider refuses ends the session.
 */
@ApplicationScoped
public class Sessions {

    /** How long before its expiry an access token is refreshed, so that no service call carries an expired one. */
    static final Duration REFRESH_AHEAD = Duration.ofMinutes(1);
    private static final Logger LOG = Logger.getLogger(Sessions.class);

    private final DataSource db;
    private final ConsoleConfig.Session config;
    private final TokenCipher cipher;
    private final byte[] csrfKey;
    private final IdentityProvider provider;
    private final Clock clock;

    Sessions(DataSource db, ConsoleConfig config, TokenCipher cipher, SessionKey key, IdentityProvider provider, Clock clock) {
        this.db = db;
        this.config = config.session();
        this.cipher = cipher;
        this.csrfKey = key.derive("csrf", "HmacSHA256").getEncoded();
        this.provider = provider;
        this.clock = clock;
    }

    StaffSession open(IdentityProvider.SignedIn signedIn, Set<String> roles) {
        IdentityProvider.Tokens tokens = signedIn.tokens();
        String id = SessionRows.randomId();
        byte[] hash = SessionRows.hash(id);
        Instant now = clock.instant();
        Instant absolute = now.plus(config.absolute());
        Instant endsAt = tokens.refresh() == null && tokens.accessExpiry() != null && tokens.accessExpiry().isBefore(absolute)
                ? tokens.accessExpiry() : absolute;
        String roleList = String.join(",", roles.stream().sorted().toList());
        SessionRows.execute(db, """
                insert into staff_session (id_hash, name, roles, access_token, access_expires_at, refresh_token, id_token,
                                           idle_expires_at, expires_at)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?)""",
                hash, signedIn.name(), roleList, cipher.encrypt(tokens.access(), hash), timestamp(tokens.accessExpiry()),
                cipher.encrypt(tokens.refresh(), hash), cipher.encrypt(tokens.id(), hash),
                timestamp(min(now.plus(config.idle()), endsAt)), timestamp(endsAt));
        return session(id, signedIn.name(), roleList, tokens.access());
    }

    /** The live session with this id, its idle end moved on; its access token refreshed when it is about to expire. */
    Optional<StaffSession> find(String id) {
        if (id == null || !id.matches("[A-Za-z0-9_-]{43}")) {
            return Optional.empty();
        }
        byte[] hash = SessionRows.hash(id);
        Instant now = clock.instant();
        try (Connection connection = db.getConnection();
             PreparedStatement touch = connection.prepareStatement("""
                     update staff_session set idle_expires_at = least(?, expires_at)
                      where id_hash = ? and idle_expires_at > ? and expires_at > ?
                     returning name, roles, access_token, access_expires_at, refresh_token is not null""")) {
            touch.setTimestamp(1, timestamp(now.plus(config.idle())));
            touch.setBytes(2, hash);
            touch.setTimestamp(3, timestamp(now));
            touch.setTimestamp(4, timestamp(now));
            try (ResultSet row = touch.executeQuery()) {
                if (!row.next()) {
                    return Optional.empty();
                }
                String name = row.getString(1);
                String roles = row.getString(2);
                if (row.getBoolean(5) && due(instant(row.getTimestamp(4)), now)) {
                    return refreshed(connection, id, name, roles);
                }
                return Optional.of(session(id, name, roles, cipher.decrypt(row.getBytes(3), hash)));
            }
        } catch (TokenCipher.UndecryptableToken e) {
            LOG.warn("a session's tokens do not decrypt (was CONSOLE_SESSION_KEY changed?); the session ends");
            delete(hash);
            return Optional.empty();
        } catch (SQLException e) {
            throw new IllegalStateException("the session could not be read", e);
        }
    }

    /** Ends the session here (server-side revocation); answers its ID token, the hint for the provider's sign-out. */
    Optional<String> close(StaffSession session) {
        byte[] hash = SessionRows.hash(session.id());
        try (Connection connection = db.getConnection();
             PreparedStatement delete = connection.prepareStatement("delete from staff_session where id_hash = ? returning id_token")) {
            delete.setBytes(1, hash);
            try (ResultSet row = delete.executeQuery()) {
                return row.next() ? Optional.ofNullable(cipher.decrypt(row.getBytes(1), hash)) : Optional.empty();
            }
        } catch (TokenCipher.UndecryptableToken e) {
            return Optional.empty();
        } catch (SQLException e) {
            throw new IllegalStateException("the session could not be ended", e);
        }
    }

    /** Sessions that ended (idle or absolute) are deleted: no token outlives its session in the table. */
    @Scheduled(every = "1m", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void deleteEnded() {
        Timestamp now = timestamp(clock.instant());
        SessionRows.execute(db, "delete from staff_session where idle_expires_at <= ? or expires_at <= ?", now, now);
    }

    /**
     * Refreshes under the row's lock: of two requests (on any replica) finding the token due, the second sees the
     * first's new token instead of spending a refresh token the provider may already have rotated away.
     */
    private Optional<StaffSession> refreshed(Connection connection, String id, String name, String roles) throws SQLException {
        byte[] hash = SessionRows.hash(id);
        connection.setAutoCommit(false);
        try (PreparedStatement lock = connection.prepareStatement(
                "select access_token, access_expires_at, refresh_token from staff_session where id_hash = ? for update")) {
            lock.setBytes(1, hash);
            try (ResultSet row = lock.executeQuery()) {
                if (!row.next()) {
                    connection.commit();
                    return Optional.empty();
                }
                var current = new IdentityProvider.Tokens(cipher.decrypt(row.getBytes(1), hash), instant(row.getTimestamp(2)),
                        cipher.decrypt(row.getBytes(3), hash), null);
                // another request may have refreshed it while this one waited for the lock
                boolean stillDue = due(current.accessExpiry(), clock.instant());
                Optional<IdentityProvider.Tokens> tokens = stillDue ? refresh(current, name) : Optional.of(current);
                if (tokens.isEmpty()) {
                    SessionRows.update(connection, "delete from staff_session where id_hash = ?", hash);
                } else if (stillDue) {
                    SessionRows.update(connection, "update staff_session set access_token = ?, access_expires_at = ?, refresh_token = ? where id_hash = ?",
                            cipher.encrypt(tokens.get().access(), hash), timestamp(tokens.get().accessExpiry()),
                            cipher.encrypt(tokens.get().refresh(), hash), hash);
                }
                connection.commit();
                return tokens.map(fresh -> session(id, name, roles, fresh.access()));
            }
        } catch (SQLException | RuntimeException e) {
            connection.rollback();
            throw e;
        } finally {
            connection.setAutoCommit(true);
        }
    }

    /** New tokens; the current ones while the provider does not answer and they still hold; none once refused. */
    private Optional<IdentityProvider.Tokens> refresh(IdentityProvider.Tokens current, String name) {
        try {
            return Optional.of(provider.refresh(current));
        } catch (IdentityProvider.SignInFailed e) {
            LOG.infof("session of %s ended: %s", name, e.getMessage());
            return Optional.empty();
        } catch (IOException e) {
            LOG.warnf("identity provider unreachable for a refresh: %s", e.getMessage());
            return current.accessExpiry().isAfter(clock.instant()) ? Optional.of(current) : Optional.empty();
        }
    }

    private StaffSession session(String id, String name, String roles, String accessToken) {
        String csrf = Base64.getUrlEncoder().withoutPadding().encodeToString(SessionKey.hmac(csrfKey, id));
        return new StaffSession(id, name, Set.of(roles.split(",")), accessToken, csrf);
    }

    private static boolean due(Instant accessExpiry, Instant now) {
        return accessExpiry != null && !now.plus(REFRESH_AHEAD).isBefore(accessExpiry);
    }

    private void delete(byte[] hash) {
        SessionRows.execute(db, "delete from staff_session where id_hash = ?", hash);
    }

    private static Instant min(Instant a, Instant b) {
        return a.isBefore(b) ? a : b;
    }

    private static Timestamp timestamp(Instant instant) {
        return instant == null ? null : Timestamp.from(instant);
    }

    private static Instant instant(Timestamp timestamp) {
        return timestamp == null ? null : timestamp.toInstant();
    }
}
