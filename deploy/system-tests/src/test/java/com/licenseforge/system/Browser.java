package com.licenseforge.system;

import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.TimeoutException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.fail;

/**
 * Debian's headless Chromium driven by its chromedriver (no browser download): one fresh profile per browser,
 * screenshots of the pages, the keyboard alone when asked, and axe-core's label and name rules on each page.
 */
final class Browser implements AutoCloseable {

    /** axe-core rules about labels and accessible names, the ones keyboard and screen-reader users depend on. */
    private static final List<String> NAME_RULES = List.of("label", "button-name", "link-name", "select-name",
            "input-button-name", "aria-input-field-name", "form-field-multiple-labels", "document-title",
            "html-has-lang", "frame-title", "image-alt", "label-title-only");

    final ChromeDriver driver;
    private final Path screenshots;
    private final Path downloads;
    private final String axe;
    private int actions;

    Browser(Path screenshots, Path workDir) {
        try {
            this.screenshots = Files.createDirectories(screenshots);
            this.downloads = Files.createDirectories(workDir.toAbsolutePath().resolve("downloads"));
            Path profile = Files.createTempDirectory(Files.createDirectories(workDir), "chromium-profile-");
            try (InputStream script = Browser.class.getResourceAsStream("/META-INF/resources/webjars/axe-core/4.6.3/axe.min.js")) {
                this.axe = new String(script.readAllBytes(), StandardCharsets.UTF_8);
            }
            ChromeOptions options = new ChromeOptions().setBinary("/usr/bin/chromium");
            options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                    "--disable-component-update", "--disable-sync", "--no-first-run", "--window-size=1280,1000",
                    "--user-data-dir=" + profile);
            options.setExperimentalOption("prefs", Map.of("download.default_directory", downloads.toString(),
                    "download.prompt_for_download", false));
            ChromeDriverService service = new ChromeDriverService.Builder()
                    .usingDriverExecutable(Path.of("/usr/bin/chromedriver").toFile()).usingAnyFreePort().build();
            driver = new ChromeDriver(service, options);
            driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(30));
            driver.executeCdpCommand("Browser.setDownloadBehavior", Map.of("behavior", "allow",
                    "downloadPath", downloads.toString()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    void open(String url) {
        driver.get(url);
    }

    /**
     * One thing a person does that loads a page (a click, Enter in a form): counted, and done once the new page has
     * loaded. The mark set on the old page is gone from the new one.
     */
    void act(Runnable action) {
        driver.executeScript("window.actionMark = true;");
        action.run();
        new WebDriverWait(driver, Duration.ofSeconds(30)).until(d -> Boolean.TRUE.equals(driver.executeScript(
                "return window.actionMark === undefined && document.readyState === 'complete';")));
        actions++;
    }

    /** How many page-loading actions {@link #act} counted. */
    int actions() {
        return actions;
    }

    /** The time zone and language the operating system would give the browser of someone elsewhere. */
    void livingIn(String timeZone, String locale) {
        driver.executeCdpCommand("Emulation.setTimezoneOverride", Map.of("timezoneId", timeZone));
        driver.executeCdpCommand("Emulation.setLocaleOverride", Map.of("locale", locale));
    }

    /** The element, once present; when it never comes, the failure names the page the browser shows instead. */
    WebElement find(String css) {
        try {
            return new WebDriverWait(driver, Duration.ofSeconds(15)).until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(css)));
        } catch (TimeoutException absent) {
            String shown = text();
            throw new AssertionError("no " + css + " on " + driver.getCurrentUrl() + ", which shows: "
                    + shown.substring(0, Math.min(shown.length(), 600)), absent);
        }
    }

    boolean has(String css) {
        return !driver.findElements(By.cssSelector(css)).isEmpty();
    }

    String text() {
        return driver.findElement(By.tagName("body")).getText();
    }

    void waitForText(String text) {
        // a page still loading replaces its body between finding it and reading it
        new WebDriverWait(driver, Duration.ofSeconds(30)).ignoring(StaleElementReferenceException.class)
                .until(d -> text().contains(text));
    }

    /** Presses Tab until the element with this id has the focus; only the keyboard moves, the script just looks. */
    void tabTo(String id) {
        tabUntil("document.activeElement.id === arguments[0]", id);
    }

    /** Presses Tab until a link with exactly this text has the focus. */
    void tabToLink(String text) {
        tabUntil("document.activeElement.tagName === 'A' && document.activeElement.textContent.trim() === arguments[0]", text);
    }

    /** Presses the down arrow in the focused list until the option with this text is chosen. */
    void arrowDownTo(String optionText) {
        for (int presses = 0; presses < 30; presses++) {
            Object chosen = driver.executeScript("const s = document.activeElement;"
                    + "return s.selectedIndex >= 0 ? s.options[s.selectedIndex].text : null;");
            if (optionText.equals(chosen)) {
                return;
            }
            press(Keys.ARROW_DOWN);
        }
        fail("the focused list has no option " + optionText);
    }

    private void tabUntil(String condition, String argument) {
        for (int presses = 0; presses < 80; presses++) {
            if (Boolean.TRUE.equals(driver.executeScript("return !!document.activeElement && (" + condition + ");", argument))) {
                return;
            }
            press(Keys.TAB);
        }
        fail("Tab never reached " + argument + " on " + driver.getCurrentUrl());
    }

    /** What the page's copy button put on the clipboard. */
    String clipboard() {
        return (String) driver.executeAsyncScript("const done = arguments[arguments.length - 1];"
                + "navigator.clipboard.readText().then(done, e => done('clipboard: ' + e));");
    }

    /** The clipboard permission a person would grant when the browser asks. */
    void allowClipboard() {
        driver.executeCdpCommand("Browser.grantPermissions", Map.of("origin", origin(),
                "permissions", List.of("clipboardReadWrite", "clipboardSanitizedWrite")));
    }

    private String origin() {
        java.net.URI uri = java.net.URI.create(driver.getCurrentUrl());
        return uri.getScheme() + "://" + uri.getRawAuthority();
    }

    void type(String text) {
        new Actions(driver).sendKeys(text).perform();
    }

    void press(CharSequence key) {
        new Actions(driver).sendKeys(key).perform();
    }

    void screenshot(String name) {
        screenshot(screenshots, name);
    }

    /** A screenshot kept elsewhere, e.g. with the documentation that shows it. */
    void screenshot(Path folder, String name) {
        try {
            Files.copy(driver.getScreenshotAs(OutputType.FILE).toPath(), Files.createDirectories(folder).resolve(name + ".png"),
                    StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Runs axe-core's label and name rules on the page and fails with what it found. */
    void assertLabelled() {
        driver.executeScript(axe);
        Object result = driver.executeAsyncScript("const done = arguments[arguments.length - 1];"
                + "axe.run(document, {runOnly: {type: 'rule', values: arguments[0]}})"
                + ".then(r => done(r.violations.map(v => v.id + ': ' + v.nodes.map(n => n.target.join(' ')).join(', '))))"
                + ".catch(e => done(['axe failed: ' + e]));", NAME_RULES);
        assertEquals(List.of(), result, "label and name violations on " + driver.getCurrentUrl());
    }

    Path downloaded(String fileName) {
        Path file = downloads.resolve(fileName);
        new WebDriverWait(driver, Duration.ofSeconds(20)).until(d -> Files.isRegularFile(file));
        return file;
    }

    @Override
    public void close() {
        driver.quit();
    }
}
