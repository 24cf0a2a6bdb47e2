package com.licenseforge.portal.web;

import com.licenseforge.portal.PortalVisit;
import com.licenseforge.portal.StubServices;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.Map;

import static com.licenseforge.portal.StubServices.ACTIVATION_ID;
import static com.licenseforge.portal.StubServices.LICENSE_ID;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The portal's pages over the services' customer endpoints (stubbed here; the system tests use the real ones): the
 * sign-in by a link bound to the browser and by serial and CD key, the licenses in three languages, a machine freed
 * past the limit, a seat unassigned, the license file, an offline response, the mails and the sign-out.
 */
@QuarkusTest
@QuarkusTestResource(value = StubServices.class, restrictToAnnotatedClass = true)
class PortalJourneyTest {

    private static final String LICENSE = "/licenses/" + LICENSE_ID;

    @Test
    void signInByMailedLinkBoundToThisBrowser() {
        PortalVisit visit = new PortalVisit();
        visit.get("/signin");
        visit.post("/signin", Map.of("email", "Ada@Contoso.example")).then().statusCode(200)
                .body(containsString("If this address belongs to an account, a link is on its way."))
                .header("Set-Cookie", containsString("SameSite=Strict"));
        String secret = visit.cookies.get("lf_portal_binding");
        assertNotNull(secret);
        assertEquals(StubServices.lastBinding, sha256(secret), "the issuer gets the secret's hash, never the secret");

        int redeemedBefore = StubServices.redemptions.get();
        visit.get("/signin/link?code=code-1").then().statusCode(200).body(containsString("id=\"link-signin\""));
        assertEquals(redeemedBefore, StubServices.redemptions.get(), "opening the link redeems nothing");

        visit.post("/signin/link", Map.of("code", "code-1")).then().statusCode(303).header("Location", endsWith("/"));
        assertTrue(visit.cookies.containsKey("lf_portal"));
        assertFalse(visit.cookies.containsKey("lf_portal_binding"), "the binding is spent");
        visit.get("/").then().statusCode(200).body(containsString("Signed in as ada@contoso.example"));
    }

    @Test
    void aLinkFromAnotherBrowserDoesNotSignIn() {
        PortalVisit asker = new PortalVisit();
        asker.get("/signin");
        asker.post("/signin", Map.of("email", "ada@contoso.example"));
        PortalVisit other = new PortalVisit();
        other.get("/signin");
        other.post("/signin", Map.of("email", "eve@contoso.example"));
        // the asker's binding is no longer the one the link was made for
        asker.get("/signin/link?code=code-1");
        asker.post("/signin/link", Map.of("code", "code-1")).then().statusCode(401)
                .body(containsString("This sign-in link does not work"));
        assertFalse(asker.cookies.containsKey("lf_portal"));
    }

    @Test
    void tooManyRequestsSaysHowLongToWait() {
        PortalVisit visit = new PortalVisit();
        visit.get("/signin");
        visit.post("/signin", Map.of("email", "busy@contoso.example")).then().statusCode(429)
                .body(containsString("Too many attempts. Try again in 2 minutes."));
    }

    @Test
    void aWrongCdKeyIsSaidWithoutSigningIn() {
        PortalVisit visit = new PortalVisit();
        visit.get("/signin");
        visit.post("/signin/serial", Map.of("serial", "SER-1", "cdKey", "WRONG")).then().statusCode(401)
                .body(containsString("The serial number or the CD key is wrong."));
        assertFalse(visit.cookies.containsKey("lf_portal"));
    }

    @Test
    void theLicensesWithMachinesInEachLanguage() {
        PortalVisit visit = signedInWithSerial();
        visit.get("/").then().statusCode(200).body(containsString("SER-1"))
                .body(containsString("Payment overdue: service continues until 2026-12-20"))
                .body(containsString("1 of 5")).body(containsString("cad: 5 seats"));
        visit.speaking("de").get("/").then().statusCode(200)
                .body(containsString("Zahlung überfällig: der Dienst läuft weiter bis 2026-12-20"));
        visit.speaking("zh").get(LICENSE).then().statusCode(200)
                .body(containsString("付款逾期：服务将持续到 2026-12-20")).body(containsString("build-01"))
                .body(containsString("释放此计算机"));
        visit.speaking("en").get(LICENSE).then().statusCode(200).body(containsString("Contoso Ltd"))
                .body(containsString("4.2.0")).body(containsString("2026-12-06 18:30 UTC"))
                .body(containsString("Machines freed here in the last 30 days: 3 of 3."));
    }

    @Test
    void freeingAMachineNamesItFirstAndThenSaysTheLimitInWords() {
        PortalVisit visit = signedInWithSerial();
        int freesBefore = StubServices.frees.get();
        visit.get(LICENSE + "/machines/" + ACTIVATION_ID + "/free").then().statusCode(200)
                .body(containsString("Free the machine build-01?"));
        assertEquals(freesBefore, StubServices.frees.get(), "the confirmation page frees nothing");
        visit.post(LICENSE + "/machines/" + ACTIVATION_ID + "/free", Map.of()).then().statusCode(409)
                .body(containsString("can be freed here 3 times in 30 days. The next one can be freed on 2026-12-24 10:15 UTC."))
                .body(containsString("mailto:support@licenseforge.local"));
    }

    @Test
    void aSeatIsUnassigned() {
        PortalVisit visit = signedInWithSerial();
        visit.get(LICENSE);
        visit.post(LICENSE + "/machines/" + ACTIVATION_ID + "/unassign", Map.of("module", "cad", "user", "ada"))
                .then().statusCode(303).header("Location", endsWith("?done=unassigned"));
        visit.get(LICENSE + "?done=unassigned").then().body(containsString("The seat was unassigned."));
    }

    @Test
    void theLicenseFileIsADownload() {
        PortalVisit visit = signedInWithSerial();
        visit.get(LICENSE + "/file").then().statusCode(200)
                .header("Content-Disposition", "attachment; filename=\"SER-1.lic\"")
                .body(containsString("BEGIN LICENSE"));
    }

    @Test
    void anOfflineRequestFileGetsItsResponseFile() {
        PortalVisit visit = signedInWithSerial();
        visit.get(LICENSE + "/offline").then().statusCode(200).body(containsString("enctype=\"multipart/form-data\""));
        visit.postFile(LICENSE + "/offline", "request", "request.txt", "OFFLINE REQUEST".getBytes(StandardCharsets.UTF_8))
                .then().statusCode(200).header("Content-Disposition", containsString("SER-1-response.txt"))
                .body(containsString("RESPONSE TO OFFLINE REQUEST"));
        visit.postFile(LICENSE + "/offline", "request", "big.txt", new byte[70 * 1024])
                .then().statusCode(400).body(containsString("at most 64 KB"));
    }

    @Test
    void theMailsSentToTheAccount() {
        PortalVisit visit = signedInWithSerial();
        visit.get("/mails").then().statusCode(200).body(containsString("Your license SER-1"))
                .body(containsString("2026-11-01 08:00 UTC"));
    }

    @Test
    void whatTheServicesDoNotKnowIsNotFoundNotAStackTrace() {
        PortalVisit visit = signedInWithSerial();
        visit.get("/licenses/00000000-0000-0000-0000-000000000000").then().statusCode(404)
                .body(containsString("it is not part of your account")).body(not(containsString("Exception")));
        visit.get("/licenses/not-a-uuid").then().statusCode(404).body(containsString("Not found"));
    }

    @Test
    void signOutEndsTheSessionOnTheServer() {
        PortalVisit visit = signedInWithSerial();
        String session = visit.cookies.get("lf_portal");
        visit.post("/signout", Map.of()).then().statusCode(303).header("Location", endsWith("/signed-out"));
        given().redirects().follow(false).cookie("lf_portal", session).get("/")
                .then().statusCode(303).header("Location", endsWith("/signin"));
    }

    private static PortalVisit signedInWithSerial() {
        PortalVisit visit = new PortalVisit();
        visit.get("/signin");
        visit.post("/signin/serial", Map.of("serial", "SER-1", "cdKey", "KEY-1")).then().statusCode(303);
        assertNotNull(visit.cookies.get("lf_portal"));
        // as the browser follows the redirect: the pages' forms now carry the session's token
        visit.get("/").then().statusCode(200);
        return visit;
    }

    private static String sha256(String secret) {
        try {
            return java.util.Base64.getUrlEncoder().withoutPadding().encodeToString(
                    java.security.MessageDigest.getInstance("SHA-256").digest(secret.getBytes(StandardCharsets.UTF_8)));
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
