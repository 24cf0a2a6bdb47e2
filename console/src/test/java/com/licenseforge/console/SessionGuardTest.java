package com.licenseforge.console;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.not;

/** What the console does before anyone signed in: every page sends to the sign-in, no form is accepted. */
@QuarkusTest
class SessionGuardTest {

    @Test
    void aPageWithoutSessionSendsToTheSignInAndComesBackAfterwards() {
        given().redirects().follow(false).get("/licenses?status=ACTIVE")
                .then().statusCode(303).header("Location", endsWith("/signin?returnTo=%2Flicenses%3Fstatus%3DACTIVE"));
    }

    @Test
    void aFormWithoutSessionIsRefusedAndNothingIsCalled() {
        given().redirects().follow(false).contentType("application/x-www-form-urlencoded")
                .formParam("name", "Contoso").formParam("_csrf", "guessed").post("/accounts")
                .then().statusCode(401).body(containsString("Your session ended"));
    }

    @Test
    void anUnknownSessionCookieCountsAsNoSession() {
        given().redirects().follow(false).cookie("lf_console", "forged").get("/")
                .then().statusCode(303).header("Location", containsString("/signin"));
    }

    @Test
    void pagesForbidInlineScriptAndFraming() {
        given().redirects().follow(false).get("/signed-out")
                .then().statusCode(200)
                .header("Content-Security-Policy", containsString("script-src 'self'"))
                .header("Content-Security-Policy", not(containsString("unsafe-inline")))
                .header("Content-Security-Policy", containsString("frame-ancestors 'none'"))
                .header("X-Content-Type-Options", "nosniff");
    }

    @Test
    void anIdentityProviderThatDoesNotAnswerIsSaidSo() {
        given().redirects().follow(false).get("/signin")
                .then().statusCode(503).body(containsString("The identity provider does not answer"));
    }

    @Test
    void aCallbackWithoutTheBrowsersStateIsRefused() {
        given().redirects().follow(false).queryParam("code", "stolen").queryParam("state", "someone-elses")
                .get("/signin/callback")
                .then().statusCode(401).body(containsString("the sign-in expired or was not started here"));
    }
}
