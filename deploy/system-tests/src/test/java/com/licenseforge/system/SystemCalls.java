package com.licenseforge.system;

import io.restassured.builder.RequestSpecBuilder;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;

import java.util.HashMap;
import java.util.Map;

/** How the journeys call the running services: as a customer system, as staff with roles, and a machine's activation. */
final class SystemCalls {

    private SystemCalls() {
    }

    /** JSON calls to the service on {@code port}, without credentials (customer systems, the billing provider). */
    static RequestSpecification anonymous(int port) {
        return spec(port).build();
    }

    /** JSON calls to the service on {@code port} with a staff token holding {@code roles}. */
    static RequestSpecification staff(LocalSystem system, int port, String... roles) {
        return spec(port).addHeader("Authorization", "Bearer " + system.staffToken(roles)).build();
    }

    /** What a customer system sends to activate the machine {@code fingerprint} under {@code license}. */
    static Map<String, Object> activationRequest(Sales.Issued license, String organization, String product,
                                                 String fingerprint) {
        Map<String, Object> request = new HashMap<>();
        request.put("serial", license.serial());
        request.put("cdKey", license.cdKey());
        request.put("organizationId", organization);
        request.put("productCode", product);
        request.put("productVersion", "1.0.0");
        request.put("fingerprint", fingerprint);
        request.put("hostname", "erp-prod-01");
        return request;
    }

    private static RequestSpecBuilder spec(int port) {
        return new RequestSpecBuilder().setBaseUri("http://127.0.0.1").setPort(port).setContentType(ContentType.JSON);
    }
}
