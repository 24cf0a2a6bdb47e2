package com.licenseforge.activation.machines;

import com.licenseforge.activation.Customer;
import com.licenseforge.activation.SupportStaff;
import com.licenseforge.activation.TestLicense;
import com.licenseforge.common.license.SalesStatus;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;

/**
 * Preview and activation run one check chain: for every refusal a preview answers {@code wouldSucceed:false}
 * with the code the activation is then refused with, and neither leaves anything behind.
 */
@QuarkusTest
class CheckChainTest {

    private record Refused(String situation, Function<TestLicense, Map<String, Object>> request, int status,
                           String code) {
    }

    @Test
    void previewForeseesEveryRefusalOfTheChainAndNeitherChangesAnything() {
        TestLicense license = TestLicense.issue(Customer.catalogue(), t -> t.maxActivations = 1);
        Customer.activate(license.activation("machine-first", "1.0.0")).statusCode(201);
        TestLicense revoked = TestLicense.issue(Customer.catalogue(), t -> t.status = SalesStatus.REVOKED);

        List<Refused> table = List.of(
                new Refused("revoked", l -> revoked.activation("machine-r", "1.0.0"), 403, "REVOKED"),
                new Refused("another product", l -> with(l.activation("machine-p", "1.0.0"), "productCode", "crm"),
                        422, "PRODUCT_MISMATCH"),
                new Refused("a stranger's organization",
                        l -> l.activation("machine-o", "1.0.0", l.catalogue.foreignOrganizationId()),
                        403, "ORGANIZATION_NOT_IN_ACCOUNT"),
                new Refused("the sister organization",
                        l -> l.activation("machine-s", "1.0.0", l.catalogue.sisterOrganizationId()),
                        409, "LICENSE_BOUND_TO_OTHER_ORGANIZATION"),
                new Refused("a version after maintenance", l -> l.activation("machine-v", "3.0.0"),
                        403, "VERSION_NOT_COVERED"),
                new Refused("a new major on a new machine", l -> l.activation("machine-u", "2.0.0"),
                        409, "UPGRADE_REQUIRES_ORIGINAL_MACHINE"),
                new Refused("no slot left", l -> l.activation("machine-t", "1.0.0"), 409, "TOO_MANY_ACTIVATIONS"));

        for (Refused refused : table) {
            Map<String, Object> request = refused.request().apply(license);
            Customer.preview(request).statusCode(200).body("wouldSucceed", equalTo(false))
                    .body("code", equalTo(refused.code()));
            Customer.activate(request).statusCode(refused.status()).contentType("application/problem+json")
                    .body("code", equalTo(refused.code()));
        }

        Customer.preview(license.activation("machine-first", "1.0.0")).statusCode(200)
                .body("wouldSucceed", equalTo(true)).body("activationsUsed", equalTo(1))
                .body("existingBinding.organizationId", equalTo(license.catalogue.organizationId().toString()));
        given().header("Authorization", SupportStaff.SUPPORT).get("/api/v1/support/serials/{serial}", license.serial)
                .then().statusCode(200).body("activations", hasSize(1));
        given().header("Authorization", SupportStaff.SUPPORT).get("/api/v1/support/serials/{serial}", revoked.serial)
                .then().statusCode(200).body("activations", hasSize(0)).body("$", not(hasKey("binding")));
    }

    private static Map<String, Object> with(Map<String, Object> body, String field, Object value) {
        Map<String, Object> changed = new HashMap<>(body);
        changed.put(field, value);
        return changed;
    }
}
