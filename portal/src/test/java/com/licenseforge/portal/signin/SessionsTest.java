package com.licenseforge.portal.signin;

import com.licenseforge.portal.AdjustableClock;
import com.licenseforge.portal.api.SignInApi;
import com.licenseforge.websession.SessionRows;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import javax.sql.DataSource;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Sessions in the portal's database: what the table keeps (the id's hash, the token encrypted), when a session ends
 * (idle, absolute, when the issuer refuses a renewal, at sign-out) and the renewal of a token about to expire, against
 * the issuer's renewal answer ({@link RenewingIssuer}).
 */
@QuarkusTest
@QuarkusTestResource(value = RenewingIssuer.class, restrictToAnnotatedClass = true)
class SessionsTest {

    private static final UUID ACCOUNT = UUID.fromString(RenewingIssuer.ACCOUNT_ID);

    @Inject
    Sessions sessions;
    @Inject
    AdjustableClock clock;
    @Inject
    DataSource db;

    @Test
    void theTableKeepsTheIdsHashAndTheTokenOnlyEncrypted() throws SQLException {
        CustomerSession session = open("tok-1", Duration.ofMinutes(15));
        try (Connection connection = db.getConnection();
             ResultSet row = connection.prepareStatement("select id_hash, token from customer_session").executeQuery()) {
            boolean found = false;
            while (row.next()) {
                String stored = new String(row.getBytes(2), StandardCharsets.ISO_8859_1);
                assertFalse(stored.contains("tok-"), "a token is stored in the clear");
                found |= java.util.Arrays.equals(SessionRows.hash(session.id()), row.getBytes(1));
            }
            assertTrue(found, "the row is keyed by the id's hash");
        }
    }

    @Test
    void aSessionEndsAfterThirtyIdleMinutes() {
        CustomerSession session = open("tok-1", Duration.ofMinutes(15));
        clock.advance(Duration.ofMinutes(31));
        assertTrue(sessions.find(session.id()).isEmpty());
    }

    @Test
    void everyRequestKeepsTheSessionAliveAndRenewsTheTokenBeforeItExpires() {
        CustomerSession session = open("tok-1", Duration.ofMinutes(15));
        clock.advance(Duration.ofMinutes(14));
        assertEquals("tok-2", sessions.find(session.id()).orElseThrow().token(), "renewed two minutes ahead");
        clock.advance(Duration.ofMinutes(25));
        assertEquals("tok-2", sessions.find(session.id()).orElseThrow().token(), "the renewed token was kept");
    }

    @Test
    void aSessionEndsEightHoursAfterTheSignInHoweverBusy() {
        CustomerSession session = open("tok-1", Duration.ofMinutes(15));
        for (int minutes = 25; minutes < 8 * 60; minutes += 25) {
            clock.advance(Duration.ofMinutes(25));
            assertTrue(sessions.find(session.id()).isPresent(), "still live after " + minutes + " minutes");
        }
        clock.advance(Duration.ofMinutes(25));
        assertTrue(sessions.find(session.id()).isEmpty());
    }

    @Test
    void theRenewalCarriesTheBrowsersAddressAsAProxyPassesItOn() {
        CustomerSession session = open("tok-1", Duration.ofMinutes(1));
        given().redirects().follow(false).cookie(Cookies.SESSION, session.id())
                .header("X-Forwarded-For", "203.0.113.9, <script>").get("/");
        // what the browser sent stays on the left, bounded to addresses; the portal's peer is appended
        assertEquals("203.0.113.9, unknown, 127.0.0.1", RenewingIssuer.forwardedFor);
    }

    @Test
    void aRenewalTheIssuerRefusesEndsTheSession() throws SQLException {
        CustomerSession session = open("ended", Duration.ofMinutes(1));
        assertTrue(sessions.find(session.id()).isEmpty());
        assertEquals(0, rows(session));
    }

    @Test
    void signOutDeletesTheRow() throws SQLException {
        CustomerSession session = open("tok-1", Duration.ofMinutes(15));
        sessions.close(session);
        assertTrue(sessions.find(session.id()).isEmpty());
        assertEquals(0, rows(session));
    }

    private CustomerSession open(String token, Duration validFor) {
        Instant now = clock.instant();
        return sessions.open(new SignInApi.SignedIn(token, now.plus(validFor), now.plus(Duration.ofHours(9)),
                "ada@contoso.example", ACCOUNT, null));
    }

    private int rows(CustomerSession session) throws SQLException {
        try (Connection connection = db.getConnection();
             var statement = connection.prepareStatement("select count(*) from customer_session where id_hash = ?")) {
            statement.setBytes(1, SessionRows.hash(session.id()));
            try (ResultSet row = statement.executeQuery()) {
                row.next();
                return row.getInt(1);
            }
        }
    }
}
