package com.licenseforge.console.signin;

import io.quarkus.test.junit.QuarkusTest;
import org.jboss.logmanager.ExtLogRecord;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.logging.Handler;
import java.util.logging.LogRecord;
import java.util.logging.Logger;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The callback's {@code error} comes from whoever wrote the link: it is neither shown nor logged as sent. */
@QuarkusTest
class SignInCallbackTest {

    private static final String FORGED = "access_denied\r\n2026-12-06 21:45:19,040 INFO [SignInResource] signed in: mallory (admin)";

    private final List<String> logged = new CopyOnWriteArrayList<>();
    private final Logger logger = Logger.getLogger(SignInResource.class.getName());
    private final Handler capture = new Handler() {
        @Override
        public void publish(LogRecord record) {
            logged.add(record instanceof ExtLogRecord ext ? ext.getFormattedMessage() : record.getMessage());
        }

        @Override
        public void flush() {
        }

        @Override
        public void close() {
        }
    };

    @BeforeEach
    void listen() {
        logger.addHandler(capture);
    }

    @AfterEach
    void stopListening() {
        logger.removeHandler(capture);
    }

    @Test
    void theProvidersErrorIsNotShownAndIsLoggedOnOneEscapedLine() {
        given().redirects().follow(false).queryParam("error", FORGED).queryParam("state", "any").get("/signin/callback")
                .then().statusCode(401)
                .body(containsString("the identity provider ended the sign-in without signing you in"))
                .body(not(containsString("access_denied"))).body(not(containsString("mallory")));

        assertEquals(1, logged.size(), logged.toString());
        String line = logged.get(0);
        assertFalse(line.contains("\r") || line.contains("\n"), line);
        assertTrue(line.contains("access_denied\\u000d\\u000a2026-12-06"), line);
    }

    @Test
    void aLongErrorIsLoggedCut() {
        given().redirects().follow(false).queryParam("error", "x".repeat(3000)).get("/signin/callback").then().statusCode(401);

        assertEquals(1, logged.size(), logged.toString());
        assertTrue(logged.get(0).length() < 300 && logged.get(0).endsWith("(3000 characters)"), logged.get(0));
    }
}
