package com.licenseforge.console.web;

import com.licenseforge.console.api.ActivationApi;
import com.licenseforge.console.api.IssuerApi;
import com.licenseforge.console.api.Listing;
import com.licenseforge.console.signin.SignedIn;
import com.licenseforge.console.signin.Sessions;
import com.licenseforge.console.signin.StaffSession;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The auditor sees every page of the console, what sales, support, billing and admin see together, and is offered
 * no action: its only form is the sign-out, and a form it sends anyway is refused before any service is called.
 */
@QuarkusTest
class AuditorTest {

    private static final List<String> EVERY_PAGE = List.of("/accounts", "/licenses", "/products", "/support", "/audit",
            "/billing", "/admin/keys");

    @Inject
    Sessions sessions;

    private static Listing<?> none() {
        return new Listing<>(List.of(), 0, 0, 25);
    }

    private static Map<String, TemplateInstance> pages() {
        Listing<?> none = none();
        return Map.ofEntries(
                Map.entry("home", Templates.home(List.of(), new TrialsThisWeek(cast(none), cast(none), List.of()))),
                Map.entry("accounts", Templates.accounts("", cast(none), "/accounts?page=")),
                Map.entry("account", Templates.account(
                        new IssuerApi.Account(null, "Contoso", null, null, List.of()), cast(none), Map.of(), Map.of())),
                Map.entry("products", Templates.products(cast(none))),
                Map.entry("license", Templates.license(new IssuerApi.License(null, "7KQ2M9XD4HRTW3P0", null, "erp", null, null,
                        Map.of("hr", 3), 2, null, null, null, "ACTIVE", null, null, null, "NODE_LOCKED", null, null, "TRIAL", null),
                        null, null, List.of(), List.of(), null, new IssuerApi.Trial(null, "7KQ2M9XD4HRTW3P0", "erp", null,
                                "Northwind", "it@northwind.example", null, null, "RUNNING", null, null))),
                Map.entry("serial", Templates.serial(new ActivationApi.SerialOverview("7KQ2M9XD4HRTW3P0", null, "erp", null,
                        "Contoso", "ACTIVE", null, null, Map.of("hr", 3), 2, null, null, List.of(), null, null, List.of(),
                        "NODE_LOCKED", null),
                        List.of(), List.of(), "", null, null)),
                Map.entry("billing", Templates.billing("", "", null, List.of(), List.of(), false)),
                Map.entry("audit", Templates.audit(List.of(), "", "", "", "", 0, false, "/audit?page=")),
                Map.entry("keys", Templates.keys(List.of())));
    }

    @SuppressWarnings("unchecked")
    private static <T> Listing<T> cast(Listing<?> listing) {
        return (Listing<T>) listing;
    }

    private static int postForms(String html) {
        return html.split("method=\"post\"", -1).length - 1;
    }

    @Test
    void theAuditorIsShownEveryPageAndNoFormButTheSignOut() {
        StaffSession auditor = SignedIn.as(sessions, "aud.auditor", "auditor");
        String home = Templates.home(List.of(), new TrialsThisWeek(cast(none()), cast(none()), List.of()))
                .data("staff", auditor).render();
        for (String page : EVERY_PAGE) {
            assertTrue(home.contains("<a href=\"" + page + "\">"), "navigation to " + page);
        }
        for (String section : List.of("Needs attention", "Trials started this week", "Trial-to-paid conversion", "Look up a serial", "Billing standing", "Administration")) {
            assertTrue(home.contains(section), "home section " + section);
        }
        pages().forEach((name, page) -> {
            String html = page.data("staff", auditor).render();
            assertEquals(1, postForms(html), name + " offers the auditor a form: " + html);
            assertTrue(html.contains("action=\"/signout\""), name);
        });
    }

    @Test
    void theRolesThatActStillGetTheirForms() {
        StaffSession all = SignedIn.as(sessions, "pat.everything", "sales", "support", "admin", "auditor");
        Map<String, TemplateInstance> pages = pages();
        for (String name : List.of("accounts", "products", "license", "serial", "keys")) {
            assertTrue(postForms(pages.get(name).data("staff", all).render()) > 1, name);
        }
    }

    @Test
    void aFormTheAuditorSendsIsRefusedBeforeAnyServiceIsCalled() {
        StaffSession auditor = SignedIn.as(sessions, "aud.auditor", "auditor");
        for (String path : List.of("/accounts", "/admin/keys/rotations", "/licenses/6a1f0e2d-9c8b-4a7f-8e6d-5c4b3a291807/status")) {
            given().redirects().follow(false).cookie(SignedIn.COOKIE, SignedIn.cookie(auditor))
                    .contentType("application/x-www-form-urlencoded")
                    .formParam("_csrf", auditor.getCsrf()).formParam("name", "Contoso").formParam("reason", "x")
                    .post(path)
                    .then().statusCode(403).contentType(containsString("text/html"))
                    .body(containsString("reads and changes nothing"));
        }
        given().redirects().follow(false).cookie(SignedIn.COOKIE, SignedIn.cookie(auditor))
                .contentType("application/x-www-form-urlencoded").formParam("_csrf", auditor.getCsrf())
                .post("/signout")
                .then().statusCode(303);
    }
}
