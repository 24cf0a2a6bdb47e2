package com.licenseforge.portal.web;

import com.licenseforge.portal.PortalVisit;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * What the portal does before anyone signed in, with no service answering: pages send to the sign-in, forms need
 * the page's CSRF token, a service that does not answer is said so, and every page is in the visitor's language.
 */
@QuarkusTest
class PortalGuardTest {

    @Test
    void aPageWithoutSessionSendsToTheSignIn() {
        given().redirects().follow(false).get("/licenses/6f1c0a52-6a38-4c1e-9d55-0d7e3f6c2b11")
                .then().statusCode(303).header("Location", containsString("/signin"));
    }

    @Test
    void anUnknownSessionCookieCountsAsNoSession() {
        given().redirects().follow(false).cookie("lf_portal", "forged").get("/")
                .then().statusCode(303).header("Location", containsString("/signin"));
    }

    @Test
    void aFormWithoutTheCsrfTokenIsRefused() {
        given().redirects().follow(false).contentType("application/x-www-form-urlencoded").formParam("email", "ada@contoso.example")
                .post("/signin")
                .then().statusCode(403).body(containsString("The form expired"));
    }

    @Test
    void aFormWithAnotherVisitsTokenIsRefused() {
        PortalVisit mine = new PortalVisit();
        mine.get("/signin");
        PortalVisit other = new PortalVisit();
        other.get("/signin");
        other.csrf = mine.csrf;
        other.post("/signin", Map.of("email", "ada@contoso.example")).then().statusCode(403);
    }

    @Test
    void theSignInPageSetsAStrictHttpOnlyVisitCookie() {
        given().redirects().follow(false).get("/signin").then().statusCode(200)
                .header("Set-Cookie", containsString("lf_portal_visit="))
                .header("Set-Cookie", containsString("HttpOnly"))
                .header("Set-Cookie", containsString("SameSite=Strict"));
    }

    @Test
    void aServiceThatDoesNotAnswerIsSaidSo() {
        PortalVisit visit = new PortalVisit();
        visit.get("/signin");
        visit.post("/signin", Map.of("email", "ada@contoso.example"))
                .then().statusCode(503).body(containsString("temporarily unavailable"))
                .body(not(containsString("Exception")));
    }

    @Test
    void aMalformedAddressIsMarkedAndNothingIsSent() {
        PortalVisit visit = new PortalVisit();
        visit.get("/signin");
        visit.post("/signin", Map.of("email", "not an address"))
                .then().statusCode(400).body(containsString("Enter a valid e-mail address.")).body(containsString("aria-invalid=\"true\""));
    }

    @Test
    void theMailedLinkOnlyShowsAButtonAndRedeemsNothing() {
        given().redirects().follow(false).get("/signin/link?code=abc")
                .then().statusCode(200).body(containsString("action=\"/signin/link\"")).body(containsString("value=\"abc\""));
    }

    @Test
    void aLinkPostedWithoutTheBindingCookieIsRefusedInWords() {
        PortalVisit visit = new PortalVisit();
        visit.get("/signin/link?code=abc");
        visit.post("/signin/link", Map.of("code", "abc"))
                .then().statusCode(401).body(containsString("requested in another browser"));
    }

    @Test
    void pagesForbidScriptsInlineStylesAndFraming() {
        given().get("/signin").then().statusCode(200)
                .header("Content-Security-Policy", containsString("script-src 'none'"))
                .header("Content-Security-Policy", containsString("style-src 'self'"))
                .header("Content-Security-Policy", not(containsString("unsafe-inline")))
                .header("Content-Security-Policy", containsString("frame-ancestors 'none'"))
                .header("X-Content-Type-Options", "nosniff");
    }

    @Test
    void thePageSpeaksTheBrowsersLanguage() {
        given().header("Accept-Language", "de-DE,de;q=0.9").get("/signin").then().statusCode(200)
                .body(containsString("<html lang=\"de\">")).body(containsString("Mit Ihrer E-Mail-Adresse anmelden"));
        given().header("Accept-Language", "zh-CN").get("/signin").then().statusCode(200)
                .body(containsString("<html lang=\"zh\">")).body(containsString("使用电子邮件地址登录"));
        given().header("Accept-Language", "fr").get("/signin").then().statusCode(200)
                .body(containsString("Sign in with your e-mail address"));
    }

    @Test
    void theLanguageMenuKeepsTheChoiceInACookie() {
        PortalVisit visit = new PortalVisit().speaking("de");
        visit.get("/signin");
        var chosen = visit.post("/language", Map.of("lang", "zh", "returnTo", "/signin"));
        chosen.then().statusCode(303).header("Location", containsString("/signin"));
        assertEquals("zh", visit.cookies.get("lf_portal_lang"));
        visit.get("/signin").then().body(containsString("<html lang=\"zh\">"));
    }

    @Test
    void theSignedOutPageNeedsNoSession() {
        given().get("/signed-out").then().statusCode(200).body(containsString("You are signed out."));
    }
}
