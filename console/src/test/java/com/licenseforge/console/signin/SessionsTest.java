package com.licenseforge.console.signin;

import com.licenseforge.console.AdjustableClock;
import com.licenseforge.console.ConsoleConfig;
import com.licenseforge.websession.SessionRows;
import com.licenseforge.websession.TokenCipher;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.PlainJWT;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import javax.sql.DataSource;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Sessions in the console's database: what the table keeps (the id's hash, tokens encrypted), when a session
 * ends (idle, absolute, with an access token that cannot be refreshed, at sign-out), and the refresh of an
 * access token about to expire, against a stub provider.
 */
@QuarkusTest
@QuarkusTestResource(value = StubIdentityProvider.class, restrictToAnnotatedClass = true)
class SessionsTest {

    private static final Set<String> SALES = Set.of("sales");
    private static final String ID_TOKEN = new PlainJWT(new JWTClaimsSet.Builder().subject("ada").build()).serialize();

    @Inject
    Sessions sessions;
    @Inject
    TokenCipher cipher;
    @Inject
    AdjustableClock clock;
    @Inject
    DataSource db;
    @Inject
    ConsoleConfig config;

    @Test
    void theTableKeepsTheIdsHashAndTheTokensOnlyEncrypted() throws SQLException {
        StaffSession session = open("access-token-of-ada", clock.instant().plus(Duration.ofHours(1)), "refresh-token-of-ada");

        byte[] hash = SessionRows.hash(session.id());
        List<String> columns = row(hash);
        assertFalse(columns.isEmpty(), "the row is found by the id's SHA-256");
        for (String column : columns) {
            for (String secret : List.of(session.id(), "access-token-of-ada", "refresh-token-of-ada", ID_TOKEN)) {
                assertFalse(column.contains(secret), "a column holds " + secret + " in clear: " + column);
            }
        }
        assertEquals("access-token-of-ada", sessions.find(session.id()).orElseThrow().accessToken());
        assertEquals(43, session.id().length(), "256 random bits");
    }

    @Test
    void aSessionEndsAfterItsIdleTimeAndEveryRequestRestartsIt() throws SQLException {
        Duration idle = config.session().idle();
        StaffSession session = open("at", null, null);
        for (int i = 0; i < 3; i++) {
            clock.advance(idle.minusSeconds(5));
            assertTrue(sessions.find(session.id()).isPresent(), "a request within the idle time keeps the session");
        }
        clock.advance(idle.plusSeconds(1));
        assertTrue(sessions.find(session.id()).isEmpty());

        sessions.deleteEnded();
        assertTrue(row(SessionRows.hash(session.id())).isEmpty(), "the cleanup deleted the ended session");
    }

    @Test
    void aSessionEndsAtItsAbsoluteEndHoweverBusy() {
        Instant absoluteEnd = clock.instant().plus(config.session().absolute());
        StaffSession session = open("at", null, null);
        Duration step = config.session().idle().dividedBy(2);
        while (clock.instant().plus(step).isBefore(absoluteEnd)) {
            clock.advance(step);
            assertTrue(sessions.find(session.id()).isPresent());
        }
        clock.advance(step);
        assertTrue(sessions.find(session.id()).isEmpty());
    }

    @Test
    void withoutARefreshTokenTheSessionEndsWithItsAccessToken() {
        StaffSession session = open("at", clock.instant().plus(Duration.ofMinutes(10)), null);
        clock.advance(Duration.ofMinutes(9));
        assertEquals("at", sessions.find(session.id()).orElseThrow().accessToken());
        clock.advance(Duration.ofMinutes(1));
        assertTrue(sessions.find(session.id()).isEmpty());
    }

    @Test
    void anAccessTokenAboutToExpireIsRefreshedAndTheStoredTokensRotate() throws SQLException {
        StaffSession session = open("at-1", clock.instant().plusSeconds(30), "rt-1");
        byte[] hash = SessionRows.hash(session.id());

        assertEquals("at-2", sessions.find(session.id()).orElseThrow().accessToken());
        assertEquals("rt-2", storedRefreshToken(hash), "the rotated refresh token replaced the spent one");
        assertEquals("at-2", sessions.find(session.id()).orElseThrow().accessToken(), "a fresh token is not refreshed again");

        clock.advance(Duration.ofMinutes(29));
        assertEquals("at-2", sessions.find(session.id()).orElseThrow().accessToken());
        clock.advance(Duration.ofMinutes(29));
        assertEquals("at-2", sessions.find(session.id()).orElseThrow().accessToken(), "two minutes left: not yet");
        clock.advance(Duration.ofSeconds(90));
        assertEquals("at-3", sessions.find(session.id()).orElseThrow().accessToken());
        assertEquals("rt-3", storedRefreshToken(hash));
    }

    @Test
    void aRefreshTheProviderRefusesEndsTheSession() throws SQLException {
        StaffSession session = open("at", clock.instant().plusSeconds(30), "revoked-at-the-provider");

        assertTrue(sessions.find(session.id()).isEmpty());
        assertTrue(row(SessionRows.hash(session.id())).isEmpty(), "the session is deleted, not only refused once");
    }

    @Test
    void signOutDeletesTheSessionForEveryReplicaAndEndsItAtTheProvider() throws SQLException {
        StaffSession session = open("at", null, null);
        given().redirects().follow(false).cookie("lf_console", session.id()).get("/signed-out").then().statusCode(200);

        given().redirects().follow(false).cookie("lf_console", session.id()).contentType("application/x-www-form-urlencoded")
                .formParam("_csrf", session.getCsrf()).post("/signout")
                .then().statusCode(303)
                .header("Location", startsWith(config.oidc().issuer() + "/logout?"))
                .header("Location", containsString("id_token_hint=" + ID_TOKEN))
                .header("Location", containsString("post_logout_redirect_uri="
                        + URLEncoder.encode("http://127.0.0.1/signed-out", StandardCharsets.UTF_8)))
                .header("Set-Cookie", containsString("lf_console=;"));

        assertTrue(row(SessionRows.hash(session.id())).isEmpty());
        given().redirects().follow(false).cookie("lf_console", session.id()).get("/licenses")
                .then().statusCode(303).header("Location", containsString("/signin"));
    }

    @Test
    void theCsrfTokenIsTheSessionsOwn() {
        StaffSession one = open("at", null, null);
        StaffSession other = open("at", null, null);
        assertEquals(one.getCsrf(), sessions.find(one.id()).orElseThrow().getCsrf(), "the same on every request");
        assertNotEquals(one.getCsrf(), other.getCsrf());
    }

    private StaffSession open(String accessToken, Instant accessExpiry, String refreshToken) {
        var tokens = new IdentityProvider.Tokens(accessToken, accessExpiry, refreshToken, ID_TOKEN);
        return sessions.open(new IdentityProvider.SignedIn("ada", List.copyOf(SALES), tokens), SALES);
    }

    /** Every column of the session's row as text (bytes read as UTF-8); empty when there is no row. */
    private List<String> row(byte[] hash) throws SQLException {
        try (Connection connection = db.getConnection();
             var query = connection.prepareStatement("select * from staff_session where id_hash = ?")) {
            query.setBytes(1, hash);
            try (ResultSet row = query.executeQuery()) {
                List<String> columns = new ArrayList<>();
                if (row.next()) {
                    assertArrayEquals(hash, row.getBytes("id_hash"));
                    for (int i = 1; i <= row.getMetaData().getColumnCount(); i++) {
                        byte[] bytes = row.getBytes(i);
                        columns.add(bytes == null ? "" : new String(bytes, StandardCharsets.UTF_8) + " " + Arrays.toString(bytes));
                    }
                }
                return columns;
            }
        }
    }

    private String storedRefreshToken(byte[] hash) throws SQLException {
        try (Connection connection = db.getConnection();
             var query = connection.prepareStatement("select refresh_token from staff_session where id_hash = ?")) {
            query.setBytes(1, hash);
            try (ResultSet row = query.executeQuery()) {
                assertTrue(row.next());
                return cipher.decrypt(row.getBytes(1), hash);
            }
        }
    }
}
