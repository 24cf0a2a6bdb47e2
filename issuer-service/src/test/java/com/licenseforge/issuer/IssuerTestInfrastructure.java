package com.licenseforge.issuer;

import com.licenseforge.common.testing.ServiceInfrastructure;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;

/** Every issuer test runs on the real PostgreSQL (database issuer_test) and the real Kafka broker. */
@QuarkusTestResource(value = ServiceInfrastructure.class,
        initArgs = @ResourceArg(name = "database", value = "issuer_test"))
public class IssuerTestInfrastructure {
}
