package com.licenseforge.activation;

import com.licenseforge.common.testing.StaffTokens;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;

import java.util.Map;

import static io.restassured.RestAssured.given;

/** Calls the support API as a member of the support staff does. */
public final class SupportStaff {

    public static final String SUPPORT = StaffTokens.bearer("sue.support", "support");

    private SupportStaff() {
    }

    public static ValidatableResponse support(TestLicense license, String action, Map<String, Object> body) {
        return given().header("Authorization", SUPPORT).contentType(ContentType.JSON).body(body)
                .post("/api/v1/support/serials/{serial}" + action, license.serial).then();
    }
}
