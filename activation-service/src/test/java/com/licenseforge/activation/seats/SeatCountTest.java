package com.licenseforge.activation.seats;

import com.licenseforge.activation.Customer;
import com.licenseforge.activation.TestLicense;
import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * The distinct users per module the database keeps for activations and heartbeats follow every way seats change:
 * a user holding a module on two machines counts once and stays until the last of them lets go, a reassignment
 * replaces holders, and ending an activation releases its seats. Each step is checked against a count of the seat
 * rows themselves.
 */
@QuarkusTest
class SeatCountTest {

    @Inject
    AgroalDataSource database;

    @Test
    void theCountsFollowEveryChangeOfSeats() throws SQLException {
        TestLicense license = TestLicense.issue(Customer.catalogue(), terms -> terms.maxActivations = 3);
        String first = activate(license, "seats-first");
        String second = activate(license, "seats-second");
        String third = activate(license, "seats-third");

        Customer.assignSeats(first, license.cdKey, "finance", "alice", "bob").statusCode(200);
        Customer.assignSeats(second, license.cdKey, "finance", "alice").statusCode(200);
        Customer.assignSeats(third, license.cdKey, "hr", "carol").statusCode(200);
        assertCounts(license.id, Map.of("finance", 2, "hr", 1));

        Customer.assignSeats(first, license.cdKey, "finance", "bob", "dave").statusCode(200);
        assertCounts(license.id, Map.of("finance", 3, "hr", 1));

        Customer.deactivate(second, license.cdKey).statusCode(204);
        assertCounts(license.id, Map.of("finance", 2, "hr", 1));

        Customer.assignSeats(third, license.cdKey, "hr").statusCode(200);
        assertCounts(license.id, Map.of("finance", 2));
    }

    private static String activate(TestLicense license, String fingerprint) {
        return Customer.activate(license.activation(fingerprint, "1.0.0")).statusCode(201).extract().path("activationId");
    }

    private void assertCounts(UUID licenseId, Map<String, Integer> expected) throws SQLException {
        assertEquals(new TreeMap<>(expected), counts(licenseId, """
                select module, users from module_seat_use where license_id = ? and users > 0"""), "kept counts");
        assertEquals(new TreeMap<>(expected), counts(licenseId, """
                select module, count(distinct user_name) from seat_assignment where license_id = ? group by module"""),
                "seat rows");
    }

    private Map<String, Integer> counts(UUID licenseId, String query) throws SQLException {
        try (Connection connection = database.getConnection();
             PreparedStatement statement = connection.prepareStatement(query)) {
            statement.setObject(1, licenseId);
            Map<String, Integer> counts = new TreeMap<>();
            try (ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    counts.put(rows.getString(1), rows.getInt(2));
                }
            }
            return counts;
        }
    }
}
