package com.licenseforge.activation;

import com.licenseforge.common.testing.ServiceInfrastructure;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;

/** Every activation test runs on the real PostgreSQL (database activation_test) and the real Kafka broker. */
@QuarkusTestResource(value = ServiceInfrastructure.class,
        initArgs = @ResourceArg(name = "database", value = "activation_test"))
public class ActivationTestInfrastructure {
}
