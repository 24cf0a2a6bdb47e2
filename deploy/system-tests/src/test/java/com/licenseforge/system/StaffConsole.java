package com.licenseforge.system;

import io.restassured.builder.RequestSpecBuilder;
import io.restassured.http.ContentType;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.Select;

/** The staff console of the running system as staff reach it, and the services' APIs the tests prepare data with. */
final class StaffConsole {

    static final String URL = "http://127.0.0.1:" + LocalSystem.CONSOLE_PORT;

    private StaffConsole() {
    }

    /** Signs in at the local identity provider as the demo user of this role. */
    static void signIn(Browser browser, LocalSystem system, String role) {
        browser.open(URL + "/");
        new Select(browser.find("#username")).selectByValue(role);
        browser.find("#password").sendKeys(system.demoPassword(role));
        browser.screenshot("00-sign-in");
        browser.driver.findElement(By.cssSelector("button[type=submit]")).click();
        browser.waitForText("Sign out");
    }

    static RequestSpecBuilder api(int port) {
        return new RequestSpecBuilder().setBaseUri("http://127.0.0.1").setPort(port).setContentType(ContentType.JSON);
    }
}
