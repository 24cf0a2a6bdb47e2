package com.licenseforge.activation.machines;

import com.fasterxml.jackson.databind.JsonNode;
import com.licenseforge.activation.Customer;
import com.licenseforge.activation.QueryPlans;
import com.licenseforge.activation.TestLicense;
import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.Statement;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A license that grows fast, as a customer's rollout grows it, between two runs of autovacuum: the statistics
 * describe it as it was while small, and its new machines are as fresh in the indexes as they can be. Activating one
 * more machine still reads the license's activations by the indexes meant for it, and a few pages of them, whichever
 * plan PostgreSQL caches; so does finding the live machine, which with its status bound as a parameter had a generic
 * plan reading every activation of the license. The license grows among others, as in a vendor's database: on a
 * table holding little but the grown license, reading every live activation of the table is the cheapest plan there
 * is and says nothing about the plans of a database that holds many.
 */
@QuarkusTest
class GrowingLicensePlanTest {

    private static final int GROWN_TO = 4_000;
    /** The other licenses' machines the statistics are taken on, ten for each machine the license grows by. */
    private static final int OTHER_LICENSES = 10_000;
    private static final int MACHINES_EACH = 4;
    /**
     * The pages one activation's read touches by index: the license row, each index's few levels and the pages of
     * the machines it finds. A step reading a part of the index or table per machine of the license reads far more.
     */
    private static final int MOST_PAGES = 60;
    private static final Set<String> INTENDED = Set.of("license_pkey", "activation_live_version",
            "activation_live_machine", "activation_live_license_components", "module_seat_use_pkey",
            "billing_standing_pkey", "activation_license_machine",
            // a machine's fingerprint names a handful of activations at most, whatever the license's size
            "activation_live_fingerprint");

    @Inject
    AgroalDataSource database;

    @Test
    void aLicenseGrownSinceTheStatisticsWereTakenActivatesByItsIndexesReadingAFewPages() throws Exception {
        TestLicense license = TestLicense.issue(Customer.catalogue(), t -> t.maxActivations = GROWN_TO + 2);
        Customer.activate(license.activation("growing-first", "1.0.0")).statusCode(201);
        String others = "grown-among-" + UUID.randomUUID();
        try (Connection connection = database.getConnection()) {
            try {
                seedOtherLicenses(connection, others);
                try (Statement analyze = connection.createStatement()) {
                    analyze.execute("analyze activation");
                }
                grow(connection, license);
                assertNarrowPlans(connection, license);
            } finally {
                removeOtherLicenses(connection, others);
            }
        }
    }

    private static void assertNarrowPlans(Connection connection, TestLicense license) throws Exception {
        for (String mode : List.of("force_generic_plan", "force_custom_plan")) {
            for (String[] pairs : List.of(new String[0], new String[] {"cpu=cpu-new", "disk=disk-new"})) {
                JsonNode plan = QueryPlans.executed(connection, ActivationRead.QUERY, mode, execute -> {
                    execute.setString(1, "growing-new-machine");
                    execute.setObject(2, pairs);
                    execute.setObject(3, license.catalogue.organizationId());
                    execute.setObject(4, license.id);
                });
                String what = mode + ", an activation reporting " + pairs.length + " components: ";
                List<String> paths = QueryPlans.accessPaths(plan);
                assertTrue(paths.stream().allMatch(path -> INTENDED.contains(path) || !path.contains("activation")),
                        what + "read activations by " + paths);
                assertTrue(QueryPlans.buffersRead(plan) <= MOST_PAGES,
                        what + "read " + QueryPlans.buffersRead(plan) + " pages by " + paths + ": " + plan);
            }
            JsonNode machine = QueryPlans.executed(connection, ActivationRepository.ACTIVE_ON, mode, execute -> {
                execute.setObject(1, license.id);
                execute.setString(2, "growing-new-machine");
            });
            List<String> machinePaths = QueryPlans.accessPaths(machine);
            assertTrue(machinePaths.size() == 1 && Set.of("activation_live_machine", "activation_live_fingerprint")
                    .containsAll(machinePaths), mode + ", the live machine's activation read by " + machinePaths);
            assertTrue(QueryPlans.buffersRead(machine) <= MOST_PAGES,
                    mode + ", the live machine's activation read " + QueryPlans.buffersRead(machine) + " pages");
        }
    }

    /** Other customers' licenses with a few machines each, inserted as the read model and activations hold them. */
    private static void seedOtherLicenses(Connection connection, String tag) throws Exception {
        try (PreparedStatement licenses = connection.prepareStatement("""
                insert into license (id, snapshot_version, serial, cd_key_hash, product_code, account_id, modules,
                    max_activations, status, updated_at)
                select gen_random_uuid(), 1, ? || '-' || i, 'not a key', ?, gen_random_uuid(), '{}', 10, 'ACTIVE', now()
                from generate_series(1, ?) i""");
             PreparedStatement machines = connection.prepareStatement("""
                insert into activation (id, license_id, organization_id, fingerprint_hash, product_version,
                    components, status, created_at, last_seen_at)
                select gen_random_uuid(), l.id, gen_random_uuid(), md5(l.serial || '-' || i), '1.0.0',
                    jsonb_build_object('cpu', 'cpu-' || i, 'board', l.serial, 'disk', 'disk-' || i),
                    'ACTIVE', now(), now()
                from license l, generate_series(1, ?) i where l.serial like ? || '-%'""")) {
            licenses.setString(1, tag);
            licenses.setString(2, "other");
            licenses.setInt(3, OTHER_LICENSES);
            licenses.executeUpdate();
            machines.setInt(1, MACHINES_EACH);
            machines.setString(2, tag);
            machines.executeUpdate();
        }
    }

    private static void removeOtherLicenses(Connection connection, String tag) throws Exception {
        try (PreparedStatement machines = connection.prepareStatement("""
                delete from activation where license_id in (select id from license where serial like ? || '-%')""");
             PreparedStatement licenses = connection.prepareStatement("delete from license where serial like ? || '-%'")) {
            machines.setString(1, tag);
            machines.executeUpdate();
            licenses.setString(1, tag);
            licenses.executeUpdate();
        }
    }

    /** Thousands of machines on the license, each with its components, inserted as activations insert them. */
    private static void grow(Connection connection, TestLicense license) throws Exception {
        try (PreparedStatement insert = connection.prepareStatement("""
                insert into activation (id, license_id, organization_id, fingerprint_hash, product_version,
                    components, status, created_at, last_seen_at)
                select gen_random_uuid(), ?, ?, md5('growing-' || i), '1.0.0',
                    jsonb_build_object('cpu', 'cpu-' || i, 'board', 'board-' || i, 'disk', 'disk-' || i),
                    'ACTIVE', now(), now()
                from generate_series(1, ?) i""")) {
            insert.setObject(1, license.id);
            insert.setObject(2, license.catalogue.organizationId());
            insert.setInt(3, GROWN_TO);
            insert.executeUpdate();
        }
    }
}
