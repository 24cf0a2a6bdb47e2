package com.licenseforge.common.testing;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

import java.util.Map;

/**
 * Quarkus test resource: a service's own database (init arg {@code database}) on the real PostgreSQL, and the
 * real Kafka broker. Each service's tests declare it once with {@code @QuarkusTestResource}.
 */
public class ServiceInfrastructure implements QuarkusTestResourceLifecycleManager {

    private String database;

    @Override
    public void init(Map<String, String> initArgs) {
        database = initArgs.get("database");
        if (database == null) {
            throw new IllegalArgumentException("ServiceInfrastructure needs the init arg 'database'");
        }
    }

    @Override
    public Map<String, String> start() {
        Infrastructure.ensureDatabase(database);
        Infrastructure.ensureKafka();
        return Map.of(
                "quarkus.datasource.jdbc.url", Infrastructure.jdbcUrl(database),
                "quarkus.datasource.username", database,
                "quarkus.datasource.password", database,
                "kafka.bootstrap.servers", Infrastructure.KAFKA);
    }

    @Override
    public void stop() {
        // The broker outlives one application start: the next test class or module reuses it.
    }
}
