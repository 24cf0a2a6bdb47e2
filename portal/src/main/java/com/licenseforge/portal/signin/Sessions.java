package com.licenseforge.portal.signin;

import com.licenseforge.portal.PortalConfig;
import com.licenseforge.portal.api.ServiceProblem;
import com.licenseforge.portal.api.SignInApi;
import com.licenseforge.websession.SessionRows;
import com.licenseforge.websession.TokenCipher;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import org.jboss.logging.Logger;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.Base64;
import java.util.Optional;
import java.util.UUID;

/**
 * The signed-in customers, in the portal's database so that every replica sees them and a restart signs no one
 * out. The browser's cookie holds a random session id; the row holds its SHA-256, the actor, what the token reaches,
 * the customer token encrypted ({@link TokenCipher}) and two ends ({@link SessionTimes}). A token about to expire is
 * renewed at the issuer; a renewal the issuer refuses ends the session.
 */
@ApplicationScoped
public class Sessions {

    private static final Logger LOG = Logger.getLogger(Sessions.class);

    private final DataSource db;
    private final SessionTimes times;
    private final TokenCipher cipher;
    private final SignInApi issuer;
    private final Clock clock;

    Sessions(DataSource db, PortalConfig config, TokenCipher cipher, SignInApi issuer, Clock clock) {
        this.db = db;
        this.times = new SessionTimes(config.session().idle(), config.session().absolute());
        this.cipher = cipher;
        this.issuer = issuer;
        this.clock = clock;
    }

    CustomerSession open(SignInApi.SignedIn signedIn) {
        String id = SessionRows.randomId();
        byte[] hash = SessionRows.hash(id);
        Instant now = clock.instant();
        Instant end = times.end(now, signedIn.sessionEndsAt());
        SessionRows.execute(db, """
                insert into customer_session (id_hash, actor, account_id, license_id, token, token_expires_at,
                                              idle_expires_at, expires_at)
                values (?, ?, ?, ?, ?, ?, ?, ?)""",
                hash, signedIn.actor(), signedIn.accountId(), signedIn.accountId() == null ? signedIn.licenseId() : null,
                cipher.encrypt(signedIn.token(), hash), Timestamp.from(signedIn.expiresAt()),
                Timestamp.from(times.idleEnd(now, end)), Timestamp.from(end));
        return new CustomerSession(id, signedIn.actor(), signedIn.accountId(),
                signedIn.accountId() == null ? signedIn.licenseId() : null, signedIn.token());
    }

    /** The live session with this id, its idle end moved on; its token renewed when it is about to expire. */
    Optional<CustomerSession> find(String id) {
        if (id == null || !id.matches("[A-Za-z0-9_-]{43}")) {
            return Optional.empty();
        }
        byte[] hash = SessionRows.hash(id);
        Instant now = clock.instant();
        try (Connection connection = db.getConnection();
             PreparedStatement touch = connection.prepareStatement("""
                     update customer_session set idle_expires_at = least(?, expires_at)
                      where id_hash = ? and idle_expires_at > ? and expires_at > ?
                     returning actor, account_id, license_id, token, token_expires_at""")) {
            touch.setTimestamp(1, Timestamp.from(now.plus(times.idle())));
            touch.setBytes(2, hash);
            touch.setTimestamp(3, Timestamp.from(now));
            touch.setTimestamp(4, Timestamp.from(now));
            try (ResultSet row = touch.executeQuery()) {
                if (!row.next()) {
                    return Optional.empty();
                }
                CustomerSession session = new CustomerSession(id, row.getString(1), row.getObject(2, UUID.class),
                        row.getObject(3, UUID.class), cipher.decrypt(row.getBytes(4), hash));
                if (SessionTimes.renewalDue(row.getTimestamp(5).toInstant(), now)) {
                    return renewed(connection, session);
                }
                return Optional.of(session);
            }
        } catch (TokenCipher.UndecryptableToken e) {
            LOG.warn("a session's token does not decrypt (was PORTAL_SESSION_KEY changed?); the session ends");
            delete(hash);
            return Optional.empty();
        } catch (SQLException e) {
            throw new IllegalStateException("the session could not be read", e);
        }
    }

    /** Ends the session here: its row is deleted, so no replica accepts the cookie again. */
    public void close(CustomerSession session) {
        delete(SessionRows.hash(session.id()));
    }

    /** Sessions that ended (idle or absolute) are deleted: no token outlives its session in the table. */
    @Scheduled(every = "1m", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void deleteEnded() {
        Timestamp now = Timestamp.from(clock.instant());
        SessionRows.execute(db, "delete from customer_session where idle_expires_at <= ? or expires_at <= ?", now, now);
    }

    /**
     * Renews under the row's lock: of two requests (on any replica) finding the token due, the second sees the first's
     * new token instead of renewing twice.
     */
    private Optional<CustomerSession> renewed(Connection connection, CustomerSession found) throws SQLException {
        byte[] hash = SessionRows.hash(found.id());
        connection.setAutoCommit(false);
        try (PreparedStatement lock = connection.prepareStatement(
                "select token, token_expires_at from customer_session where id_hash = ? for update")) {
            lock.setBytes(1, hash);
            try (ResultSet row = lock.executeQuery()) {
                if (!row.next()) {
                    connection.commit();
                    return Optional.empty();
                }
                String token = cipher.decrypt(row.getBytes(1), hash);
                // another request may have renewed it while this one waited for the lock
                if (SessionTimes.renewalDue(row.getTimestamp(2).toInstant(), clock.instant())) {
                    Optional<String> renewed = renew(connection, hash, token, row.getTimestamp(2).toInstant(), found.actor());
                    if (renewed.isEmpty()) {
                        SessionRows.update(connection, "delete from customer_session where id_hash = ?", hash);
                    }
                    token = renewed.orElse(null);
                }
                connection.commit();
                return Optional.ofNullable(token)
                        .map(fresh -> new CustomerSession(found.id(), found.actor(), found.accountId(), found.licenseId(), fresh));
            }
        } catch (SQLException | RuntimeException e) {
            connection.rollback();
            throw e;
        } finally {
            connection.setAutoCommit(true);
        }
    }

    /**
     * The renewed token, stored with its expiry (and the issuer's end of the sign-in, when that comes first); the
     * current one while the issuer does not answer and it still holds; none once the issuer refuses.
     */
    private Optional<String> renew(Connection connection, byte[] hash, String token, Instant expiry, String actor) throws SQLException {
        SignInApi.SignedIn renewed;
        try {
            renewed = issuer.renew(token);
        } catch (ServiceProblem e) {
            if (e.unavailable()) {
                LOG.warnf("the issuer could not renew a customer token: %s", e.getMessage());
                return expiry.isAfter(clock.instant()) ? Optional.of(token) : Optional.empty();
            }
            LOG.infof("session of %s ended: the issuer answered %s", actor, e.code());
            return Optional.empty();
        }
        Timestamp issuerEnd = Timestamp.from(renewed.sessionEndsAt() == null ? renewed.expiresAt() : renewed.sessionEndsAt());
        SessionRows.update(connection, """
                update customer_session set token = ?, token_expires_at = ?, expires_at = least(expires_at, ?),
                       idle_expires_at = least(idle_expires_at, ?)
                 where id_hash = ?""",
                cipher.encrypt(renewed.token(), hash), Timestamp.from(renewed.expiresAt()), issuerEnd, issuerEnd, hash);
        return Optional.of(renewed.token());
    }

    private void delete(byte[] hash) {
        SessionRows.execute(db, "delete from customer_session where id_hash = ?", hash);
    }
}
