package com.licenseforge.console.signin;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import org.junit.jupiter.api.Test;

import java.lang.management.ManagementFactory;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Started sign-ins live in the browser's cookie: a flood of them costs the console no memory. */
@QuarkusTest
@QuarkusTestResource(value = StubIdentityProvider.class, restrictToAnnotatedClass = true)
class SignInFloodTest {

    /** Kept server-side, their 3.9 KB return paths alone would hold over twice the heap bound. */
    private static final int STARTS = 20_000;
    private static final int CLIENTS = 4;
    private static final long HEAP_BOUND = 32L * 1024 * 1024;

    @TestHTTPResource("/signin?returnTo=/")
    URI signIn;

    @Test
    void twentyThousandSignInStartsLeaveTheHeapAsItWasAndSignInStillWorks() throws Exception {
        // the longest returnTo the HTTP server takes in a request line
        URI hostile = URI.create(signIn.toString() + "a".repeat(3900));
        assertEquals(303, send(HttpClient.newHttpClient(), hostile));
        long before = heapAfterCollection();

        ExecutorService clients = Executors.newFixedThreadPool(CLIENTS);
        try {
            List<Future<Integer>> redirected = new ArrayList<>();
            for (int client = 0; client < CLIENTS; client++) {
                redirected.add(clients.submit(() -> {
                    HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
                    int count = 0;
                    for (int start = 0; start < STARTS / CLIENTS; start++) {
                        count += send(http, hostile) == 303 ? 1 : 0;
                    }
                    return count;
                }));
            }
            int total = 0;
            for (Future<Integer> count : redirected) {
                total += count.get();
            }
            assertEquals(STARTS, total, "every start is sent to the identity provider");
        } finally {
            clients.shutdownNow();
        }

        long grown = heapAfterCollection() - before;
        assertTrue(grown < HEAP_BOUND, "the heap grew by " + grown / 1024 + " KB");
        aSignInStartedNowIsCheckedAtTheCallback();
    }

    @Test
    void aSignInStartedNowIsCheckedAtTheCallback() {
        Response started = given().redirects().follow(false).queryParam("returnTo", "/licenses?status=ACTIVE").get("/signin");
        started.then().statusCode(303).cookie("lf_signin");
        String cookie = started.getCookie("lf_signin");
        String state = state(started.getHeader("Location"));
        assertTrue(!cookie.contains("licenses"), "the return path travels encrypted");

        // the state matches the browser's cookie: the console goes on to redeem the code (the stub refuses it)
        given().redirects().follow(false).cookie("lf_signin", cookie).queryParam("code", "c").queryParam("state", state)
                .get("/signin/callback")
                .then().statusCode(401).body(containsString("refused the code: invalid_grant"))
                .header("Set-Cookie", containsString("lf_signin=;"));
        // another browser's state, a tampered cookie, or none: refused before any code is redeemed
        given().redirects().follow(false).cookie("lf_signin", cookie).queryParam("code", "c").queryParam("state", "other")
                .get("/signin/callback")
                .then().statusCode(401).body(containsString("the sign-in expired or was not started here"));
        given().redirects().follow(false).cookie("lf_signin", tampered(cookie)).queryParam("code", "c").queryParam("state", state)
                .get("/signin/callback")
                .then().statusCode(401).body(containsString("the sign-in expired or was not started here"));
    }

    @Test
    void onlyALocalPathIsKeptToReturnTo() {
        assertEquals("/licenses?status=ACTIVE", SignInResource.localPath("/licenses?status=ACTIVE"));
        for (String elsewhere : List.of("//evil.example", "/\\evil.example", "https://evil.example", "/a\r\nSet-Cookie: x",
                "/" + "a".repeat(1000), "")) {
            assertEquals("/", SignInResource.localPath(elsewhere), elsewhere);
        }
    }

    private static String state(String location) {
        Matcher state = Pattern.compile("[?&]state=([^&]+)").matcher(location);
        assertTrue(state.find(), location);
        return java.net.URLDecoder.decode(state.group(1), java.nio.charset.StandardCharsets.UTF_8);
    }

    /** One character of the ciphertext changed. */
    private static String tampered(String cookie) {
        String[] parts = cookie.split("\\.");
        int middle = parts[3].length() / 2;
        parts[3] = parts[3].substring(0, middle) + (parts[3].charAt(middle) == 'A' ? 'B' : 'A') + parts[3].substring(middle + 1);
        return String.join(".", parts);
    }

    private static int send(HttpClient http, URI uri) throws Exception {
        return http.send(HttpRequest.newBuilder(uri).GET().build(), HttpResponse.BodyHandlers.discarding()).statusCode();
    }

    private static long heapAfterCollection() throws InterruptedException {
        for (int i = 0; i < 3; i++) {
            System.gc();
            Thread.sleep(100);
        }
        return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
    }
}
