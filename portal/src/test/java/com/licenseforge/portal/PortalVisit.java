package com.licenseforge.portal;

import io.restassured.http.Cookie;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;

import java.util.HashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static io.restassured.RestAssured.given;

/** One browser's visit, as far as the tests need it: its cookies, and the CSRF token of the last page it saw. */
public final class PortalVisit {

    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

    public final Map<String, String> cookies = new HashMap<>();
    public String csrf;
    private String language = "en";

    public PortalVisit speaking(String acceptLanguage) {
        this.language = acceptLanguage;
        return this;
    }

    public Response get(String path) {
        return seen(request().get(path));
    }

    public Response post(String path, Map<String, String> form) {
        RequestSpecification request = request().contentType("application/x-www-form-urlencoded").formParam("_csrf", csrf);
        form.forEach(request::formParam);
        return seen(request.post(path));
    }

    public Response postFile(String path, String field, String fileName, byte[] content) {
        return seen(request().multiPart("_csrf", csrf).multiPart(field, fileName, content, "text/plain").post(path));
    }

    private RequestSpecification request() {
        return given().redirects().follow(false).header("Accept-Language", language).cookies(cookies);
    }

    private Response seen(Response response) {
        for (Cookie cookie : response.getDetailedCookies()) {
            if (cookie.getMaxAge() == 0) {
                cookies.remove(cookie.getName());
            } else {
                cookies.put(cookie.getName(), cookie.getValue());
            }
        }
        Matcher token = CSRF.matcher(response.asString());
        if (token.find()) {
            csrf = token.group(1);
        }
        return response;
    }
}
