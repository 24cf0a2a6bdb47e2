package com.licenseforge.activation.machines;

import com.licenseforge.activation.Customer;
import com.licenseforge.activation.QueryPlans;
import com.licenseforge.activation.TestLicense;
import com.licenseforge.activation.credentials.CredentialFailureRepository;
import com.licenseforge.activation.credentials.LockBounds;
import com.licenseforge.activation.validation.HeartbeatRead;
import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.hibernate.SessionFactory;
import org.hibernate.stat.Statistics;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;

import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A license with thousands of machines activates, previews and validates by index and by counts: the work of one
 * request does not grow with the machines the license holds (Hibernate's statistics count what it loads, and
 * EXPLAIN ANALYZE counts the rows the statements read under the license lock visit).
 */
@QuarkusTest
class LicenseSizeTest {

    private static final int MACHINES = 3_000;
    /** Far below MACHINES: the license row, its standing, the organization, the version and the machine itself. */
    private static final int MOST_ENTITIES = 20;
    private static final int MOST_STATEMENTS = 30;
    /**
     * A step that reads the license's machines or seats visits all 3,000; one that reads by index visits a few rows,
     * and a small table the planner reads whole (a test database's few seat counts) stays far below this.
     */
    private static final int MOST_ROWS_VISITED = MACHINES / 10;

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

    @Test
    void theStatementsUnderTheLockVisitAFewRowsWhicheverPlanIsCached() throws Exception {
        TestLicense license = TestLicense.issue(Customer.catalogue(), t -> t.maxActivations = MACHINES + 2);
        Customer.activate(license.activation("plan-first", "1.0.0")).statusCode(201);
        seedMachines(license);
        seedSeats(license);
        String newMachine = md5("plan-new");
        String seededMachine = md5("size-seeded-1234");
        try (Connection connection = database.getConnection()) {
            try (Statement analyze = connection.createStatement()) {
                analyze.execute("analyze activation");
            }
            for (String mode : List.of("force_generic_plan", "force_custom_plan")) {
                for (String[] pairs : List.of(new String[0], new String[] {"cpu=cpu-1234", "disk=disk-new"})) {
                    assertFewRows(mode + ", an activation reporting " + pairs.length + " components",
                            QueryPlans.mostRowsVisited(connection, ActivationRead.QUERY, mode, execute -> {
                                execute.setString(1, newMachine);
                                execute.setObject(2, pairs);
                                execute.setObject(3, license.catalogue.organizationId());
                                execute.setObject(4, license.id);
                            }));
                }
                assertFewRows(mode + ", a heartbeat",
                        QueryPlans.mostRowsVisited(connection, HeartbeatRead.QUERY, mode, execute -> {
                            Instant now = Instant.now();
                            int next = CredentialFailureRepository.bindLockPossible(execute, 1, license.serial,
                                    "198.51.100.7", new LockBounds(now.minus(Duration.ofDays(1)), now.minusSeconds(900), 30));
                            execute.setString(next, license.serial);
                            execute.setString(next + 1, seededMachine);
                            execute.setString(next + 2, "1.0.0");
                        }));
                assertFewRows(mode + ", a paid activation's look for a trial on its machine",
                        QueryPlans.mostRowsVisited(connection, ActivationRepository.LIVE_TRIALS_ON, mode, execute -> {
                            execute.setString(1, seededMachine);
                            execute.setString(2, license.catalogue.productCode());
                        }));
            }
        }
    }

    private static void assertFewRows(String what, long rows) {
        assertTrue(rows <= MOST_ROWS_VISITED, what + ": a step of its plan visited " + rows + " rows");
    }

    private static String md5(String text) throws NoSuchAlgorithmException {
        return HexFormat.of().formatHex(MessageDigest.getInstance("MD5").digest(text.getBytes(StandardCharsets.UTF_8)));
    }

    /** A finance seat for a user of its own on each seeded machine: thousands of seat rows on the license. */
    private void seedSeats(TestLicense license) throws SQLException {
        try (Connection connection = database.getConnection();
             PreparedStatement insert = connection.prepareStatement("""
                     insert into seat_assignment (id, activation_id, license_id, module, user_name)
                     select gen_random_uuid(), id, license_id, 'finance', 'user-' || fingerprint_hash
                     from activation where license_id = ?""")) {
            insert.setObject(1, license.id);
            insert.executeUpdate();
        }
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
