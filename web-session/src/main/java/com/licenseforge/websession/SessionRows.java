package com.licenseforge.websession;

import javax.sql.DataSource;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.Base64;

/** The session table's ids and statements: rows are keyed by the id's hash, never the id the cookie carries. */
public final class SessionRows {

    private static final SecureRandom RANDOM = new SecureRandom();

    private SessionRows() {
    }

    /** A new id: 256 random bits, base64url. */
    public static String randomId() {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    /** What the table keeps instead of the id: whoever reads the table cannot present it as a session cookie. */
    public static byte[] hash(String id) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(id.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is not available", e);
        }
    }

    /** Runs one statement on a connection of its own. */
    public static int execute(DataSource db, String sql, Object... parameters) {
        try (Connection connection = db.getConnection()) {
            return update(connection, sql, parameters);
        } catch (SQLException e) {
            throw new IllegalStateException("the sessions could not be written", e);
        }
    }

    public static int update(Connection connection, String sql, Object... parameters) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                statement.setObject(i + 1, parameters[i]);
            }
            return statement.executeUpdate();
        }
    }
}
