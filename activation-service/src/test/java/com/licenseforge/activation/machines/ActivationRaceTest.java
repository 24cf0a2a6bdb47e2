package com.licenseforge.activation.machines;

import com.licenseforge.activation.Customer;
import com.licenseforge.activation.TestLicense;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import org.junit.jupiter.api.RepeatedTest;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;

@QuarkusTest
class ActivationRaceTest {

    private static final int CONTENDERS = 12;

    @RepeatedTest(3)
    void exactlyOneOfTwelveConcurrentActivationsGetsTheLastSlot() throws Exception {
        TestLicense license = TestLicense.issue(Customer.catalogue(), t -> t.maxActivations = 3);
        Customer.activate(license.activation("machine-early-1", "1.0.0")).statusCode(201);
        Customer.activate(license.activation("machine-early-2", "1.0.0")).statusCode(201);

        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(CONTENDERS);
        try {
            List<Future<Response>> outcomes = new ArrayList<>();
            for (int i = 0; i < CONTENDERS; i++) {
                var body = license.activation("machine-contender-" + i, "1.0.0");
                Callable<Response> contender = () -> {
                    start.await();
                    return given().contentType(ContentType.JSON).body(body).post("/api/v1/activations");
                };
                outcomes.add(pool.submit(contender));
            }
            start.countDown();
            int won = 0;
            int refused = 0;
            for (Future<Response> outcome : outcomes) {
                Response response = outcome.get();
                if (response.statusCode() == 201) {
                    won++;
                } else if (response.statusCode() == 409
                        && "TOO_MANY_ACTIVATIONS".equals(response.jsonPath().getString("code"))) {
                    refused++;
                }
            }
            assertEquals(1, won, "exactly one winner");
            assertEquals(CONTENDERS - 1, refused, "every other contender is told the slots are used");
        } finally {
            pool.shutdownNow();
        }
        Customer.preview(license.activation("machine-late", "1.0.0"))
                .statusCode(200).body("activationsUsed", equalTo(3));
    }
}
