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
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.IntStream;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A seat list far beyond the module's seats is refused before a single row is written: no seat rows inserted and
 * rolled back, no trigger work on the kept counts. Within the seats the list is stored as before.
 */
@QuarkusTest
class SeatFloodTest {

    /** Heap and index pages of the seat tables: a rolled-back insert leaves its dead rows in them. */
    private static final String PAGES = """
            select coalesce(sum(pg_relation_size(c.oid)), 0) from pg_class c
             where c.oid in ('seat_assignment'::regclass, 'seat_holder'::regclass, 'module_seat_use'::regclass)
                or c.oid in (select indexrelid from pg_index
                              where indrelid in ('seat_assignment'::regclass, 'seat_holder'::regclass,
                                                 'module_seat_use'::regclass))""";

    @Inject
    AgroalDataSource database;

    @Test
    void tenThousandUsersForThreeSeatsAreRefusedWithoutTouchingTheSeatTables() throws SQLException {
        TestLicense license = TestLicense.issue(Customer.catalogue()); // hr: 3 seats
        String activationId = Customer.activate(license.activation("machine-flood", "1.0.0"))
                .statusCode(201).extract().path("activationId");
        Customer.assignSeats(activationId, license.cdKey, "hr", "alice", "bob").statusCode(200);
        List<Long> rows = seatRows(license.id);
        long pages = number(PAGES, null);

        List<String> flood = IntStream.range(0, 10_000).mapToObj(i -> "user-" + i).toList();
        long started = System.nanoTime();
        given().contentType("application/json").body(Map.of("cdKey", license.cdKey, "users", flood))
                .put("/api/v1/activations/{id}/seats/{module}", activationId, "hr")
                .then().statusCode(409).body("code", equalTo("EXCESS_SEAT_ASSIGNMENTS"))
                .body("excess[0].assigned", equalTo(10_000));
        Duration took = Duration.ofNanos(System.nanoTime() - started);

        assertEquals(rows, seatRows(license.id), "seat rows, holders and kept counts of the license");
        assertTrue(number(PAGES, null) <= pages, "the seat tables took no rows, not even rolled-back ones");
        assertTrue(took.compareTo(Duration.ofSeconds(15)) < 0, "refused in " + took);

        Customer.assignSeats(activationId, license.cdKey, "hr", "alice", "bob", "carol")
                .statusCode(200).body("assigned", equalTo(3));
        Customer.assignSeats(activationId, license.cdKey, "hr", "alice").statusCode(200).body("assigned", equalTo(1));
    }

    @Test
    void aListBeyondTheFixedBoundIsInvalid() {
        TestLicense license = TestLicense.issue(Customer.catalogue());
        String activationId = Customer.activate(license.activation("machine-bound", "1.0.0"))
                .statusCode(201).extract().path("activationId");
        List<String> tooMany = IntStream.range(0, 10_001).mapToObj(i -> "user-" + i).toList();
        given().contentType("application/json").body(Map.of("cdKey", license.cdKey, "users", tooMany))
                .put("/api/v1/activations/{id}/seats/{module}", activationId, "hr")
                .then().statusCode(400).contentType("application/problem+json")
                .body("code", equalTo("VALIDATION_FAILED")).body("errors[0].field", equalTo("users"));
    }

    private List<Long> seatRows(UUID licenseId) throws SQLException {
        return List.of(
                number("select count(*) from seat_assignment where license_id = ?", licenseId),
                number("select count(*) from seat_holder where license_id = ?", licenseId),
                number("select coalesce(sum(users), 0) from module_seat_use where license_id = ?", licenseId));
    }

    private long number(String query, UUID licenseId) throws SQLException {
        try (Connection connection = database.getConnection();
             PreparedStatement statement = connection.prepareStatement(query)) {
            if (licenseId != null) {
                statement.setObject(1, licenseId);
            }
            try (ResultSet result = statement.executeQuery()) {
                result.next();
                return result.getLong(1);
            }
        }
    }
}
