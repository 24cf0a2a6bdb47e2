package com.licenseforge.system;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * A staff member's browser without the browser: cookies kept, redirects followed, the local identity provider's
 * sign-in form filled in. Every request opens a connection of its own, so a proxy in front sees each one.
 */
final class StaffAgent {

    private static final Pattern REQUEST_FIELD = Pattern.compile("name=\"request\" value=\"([^\"]*)\"");
    private static final Pattern CSRF_FIELD = Pattern.compile("name=\"_csrf\" value=\"([^\"]*)\"");

    private final CookieManager cookies = new CookieManager();
    private final URI console;

    StaffAgent(URI console) {
        this.console = console;
    }

    /** Signs in at the local identity provider as the demo user of {@code role}; answers the page reached. */
    Page signIn(String role, String password) throws IOException, InterruptedException {
        Page form = get("/signin?returnTo=/");
        Matcher request = REQUEST_FIELD.matcher(form.body());
        if (!request.find()) {
            throw new IllegalStateException("no sign-in form at " + form.uri() + ": " + form.body());
        }
        return send(post(form.uri().resolve("/authorize"), Map.of("request", unescaped(request.group(1)),
                "username", role, "password", password)));
    }

    Page get(String path) throws IOException, InterruptedException {
        return send(HttpRequest.newBuilder(console.resolve(path)).GET().build());
    }

    /** Posts the sign-out form of {@code page} (its CSRF token) and follows where the console sends the browser. */
    Page signOut(Page page) throws IOException, InterruptedException {
        Matcher csrf = CSRF_FIELD.matcher(page.body());
        if (!csrf.find()) {
            throw new IllegalStateException("no sign-out form on " + page.uri());
        }
        return send(post(console.resolve("/signout"), Map.of("_csrf", csrf.group(1))));
    }

    private Page send(HttpRequest request) throws IOException, InterruptedException {
        URI first = request.uri();
        for (int hop = 0; hop < 10; hop++) {
            HttpClient client = HttpClient.newBuilder().cookieHandler(cookies).followRedirects(HttpClient.Redirect.NEVER).build();
            HttpResponse<String> response = client.send(request, HttpResponse.BodyHandlers.ofString());
            String location = response.headers().firstValue("Location").orElse(null);
            if (response.statusCode() / 100 != 3 || location == null) {
                return new Page(response.uri(), response.statusCode(), response.body());
            }
            request = HttpRequest.newBuilder(response.uri().resolve(location)).GET().build();
        }
        throw new IllegalStateException("too many redirects from " + first);
    }

    private static HttpRequest post(URI uri, Map<String, String> fields) {
        String form = fields.entrySet().stream()
                .map(field -> field.getKey() + "=" + URLEncoder.encode(field.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
        return HttpRequest.newBuilder(uri).header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build();
    }

    private static String unescaped(String html) {
        return html.replace("&quot;", "\"").replace("&lt;", "<").replace("&gt;", ">").replace("&amp;", "&");
    }

    record Page(URI uri, int status, String body) {
        boolean signedIn() {
            return status == 200 && body.contains("action=\"/signout\"");
        }
    }
}
