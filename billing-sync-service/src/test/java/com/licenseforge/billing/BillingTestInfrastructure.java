package com.licenseforge.billing;

import com.licenseforge.common.testing.ServiceInfrastructure;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;

/** Every billing test runs on the real PostgreSQL (database billing_test) and the real Kafka broker. */
@QuarkusTestResource(value = ServiceInfrastructure.class,
        initArgs = @ResourceArg(name = "database", value = "billing_test"))
public class BillingTestInfrastructure {
}
