package com.licenseforge.activation;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.hibernate.SessionFactory;
import org.hibernate.stat.Statistics;
import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.Map;

import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A license with thousands of machines activates, previews and validates by index and by counts: the work of one
 * request does not grow with the machines the license holds (Hibernate's statistics count what it loads).
 */
@QuarkusTest
class LicenseSizeTest {

    private static final int MACHINES = 3_000;
    /** Far below MACHINES: the license row, its standing, the organization, the version and the machine itself. */
    private static final int MOST_ENTITIES = 20;
    private static final int MOST_STATEMENTS = 30;

    @Inject
    AgroalDataSource database;

    @Inject
    SessionFactory sessions;

    @Test
    void aLicenseWithThousandsOfMachinesActivatesWithoutLoadingThem() throws SQLException {
        TestLicense license = TestLicense.issue(Customer.catalogue(), t -> t.maxActivations = MACHINES + 2);
        Customer.activate(license.activation("size-first", "1.0.0")).statusCode(201);
        seedMachines(license);
        Customer.preview(license.activation("size-new", "1.0.0")).statusCode(200)
                .body("activationsUsed", equalTo(MACHINES + 1));

        Statistics statistics = sessions.getStatistics();
        statistics.clear();
        String activationId = Customer.activate(license.activation("size-new", "1.0.0")).statusCode(201)
                .extract().path("activationId");
        assertBounded(statistics, "a new machine's activation");

        // a seeded machine with a new disk is still recognised by two of its three components, among thousands
        Map<String, Object> changed = license.activation("size-seeded-1234-new-disk", "1.0.0");
        changed.put("components", Map.of("cpu", "CPU-1234", "board", " board-1234 ", "disk", "disk-new"));
        statistics.clear();
        Customer.activate(changed).statusCode(200);
        assertBounded(statistics, "a re-registration by components");

        statistics.clear();
        Customer.validate(license, "size-new", "1.0.0").statusCode(200).body("activationId", equalTo(activationId));
        assertBounded(statistics, "a validation");

        Customer.activate(license.activation("size-last", "1.0.0")).statusCode(409)
                .body("code", equalTo("TOO_MANY_ACTIVATIONS")).body("activationsUsed", equalTo(MACHINES + 2));
    }

    private void seedMachines(TestLicense license) throws SQLException {
        try (Connection connection = database.getConnection();
             PreparedStatement insert = connection.prepareStatement("""
                     insert into activation (id, license_id, organization_id, fingerprint_hash, product_version,
                         components, component_pairs, status, created_at, last_seen_at)
                     select gen_random_uuid(), ?, ?, md5('size-seeded-' || i), '1.0.0',
                         jsonb_build_object('cpu', 'cpu-' || i, 'board', 'board-' || i, 'disk', 'disk-' || i),
                         array['cpu=cpu-' || i, 'board=board-' || i, 'disk=disk-' || i], 'ACTIVE', now(), now()
                     from generate_series(1, ?) i""")) {
            insert.setObject(1, license.id);
            insert.setObject(2, license.catalogue.organizationId());
            insert.setInt(3, MACHINES);
            insert.executeUpdate();
        }
    }

    private static void assertBounded(Statistics statistics, String what) {
        assertTrue(statistics.getEntityLoadCount() <= MOST_ENTITIES,
                what + " loaded " + statistics.getEntityLoadCount() + " entities");
        assertTrue(statistics.getPrepareStatementCount() <= MOST_STATEMENTS,
                what + " ran " + statistics.getPrepareStatementCount() + " statements");
    }
}
