package com.licenseforge.faults;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/** Reads a service's own database directly: the ground truth a test compares the events with. */
final class Database {

    private final String url;
    private final String user;

    Database(String url, String user) {
        this.url = url;
        this.user = user;
    }

    /** The first column of every row {@code sql} selects, as text. */
    List<String> column(String sql, Object... parameters) {
        try (Connection connection = DriverManager.getConnection(url, user, user);
             PreparedStatement statement = connection.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                statement.setObject(i + 1, parameters[i]);
            }
            List<String> values = new ArrayList<>();
            try (ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    values.add(rows.getString(1));
                }
            }
            return values;
        } catch (SQLException e) {
            throw new IllegalStateException("query failed: " + sql, e);
        }
    }

    long count(String sql, Object... parameters) {
        return Long.parseLong(column(sql, parameters).get(0));
    }
}
