package org.urbangrid.browser;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;
import org.urbangrid.grid.Grids;
import org.urbangrid.grid.LatLng;
import org.urbangrid.support.Api;
import org.urbangrid.support.MutableClock;
import org.urbangrid.support.TestClockConfiguration;

/**
 * Base of the end-to-end tests: the whole application on a random port (H2, demo district), driven by
 * headless Chromium. All subclasses share one Spring context; each class gets its own desktop browser
 * (1366×900) and, when it asks, a phone (375×812). Screenshots go to {@code target/screenshots/}.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@AutoConfigureMockMvc
@ActiveProfiles("test")
@Import(TestClockConfiguration.class)
@ExtendWith({ChromeAvailable.class, ScreenshotOnFailure.class})
public abstract class BrowserTest {

    static final Path SCREENSHOTS = Path.of("target", "screenshots");
    static final Duration WAIT = Duration.ofSeconds(30);
    /** Unit grid of the demo inspector's beat where a 暴露垃圾 report is routed to 市政公用服务中心 (HW). */
    static final String GRID = "210231001002005";

    private static ChromeDriver desktop;
    private static ChromeDriver phone;

    @LocalServerPort
    int port;

    @Autowired
    protected MutableClock clock;

    @Autowired
    protected Api api;

    @Autowired
    protected Grids grids;

    @Autowired
    private org.springframework.test.web.servlet.assertj.MockMvcTester mvc;

    @BeforeEach
    void resetClock() {
        clock.reset();
        api.forgetTokens();
    }

    @AfterAll
    static void quitBrowsers() {
        if (desktop != null) {
            desktop.quit();
            desktop = null;
        }
        if (phone != null) {
            phone.quit();
            phone = null;
        }
    }

    /** Prepares cases through the JSON API, for screenshots and steps whose page is missing. */
    protected ApiCases apiCases() {
        return new ApiCases(api, mvc, grids);
    }

    /** The desktop browser of this test class, started on first use. */
    protected ChromeDriver desktop() {
        if (desktop == null) {
            desktop = Browsers.desktop();
        }
        return desktop;
    }

    /** The inspector's phone (375×812, touch), started on first use, standing inside {@link #GRID}. */
    protected ChromeDriver phone() {
        if (phone == null) {
            phone = Browsers.phone();
            phone.get(url("/login"));
            grantGeolocation(phone);
            standAt(phone, grids.centroidOf(GRID));
        }
        return phone;
    }

    static List<WebDriver> openBrowsers() {
        return java.util.stream.Stream.of(desktop, phone).filter(java.util.Objects::nonNull)
                .map(WebDriver.class::cast).toList();
    }

    protected String url(String path) {
        return "http://localhost:" + port + path;
    }

    /** Logs in through the login form and waits to leave it. */
    protected void login(WebDriver driver, String username) {
        driver.get(url("/login"));
        var form = waitFor(driver, By.id("username"));
        form.clear();
        form.sendKeys(username);
        driver.findElement(By.id("password")).sendKeys(Api.DEMO_PASSWORD);
        driver.findElement(By.id("login-submit")).click();
        new WebDriverWait(driver, WAIT).until(d -> !d.getCurrentUrl().contains("/login"));
    }

    protected void login(String username) {
        login(desktop(), username);
    }

    /** Logs out with the top bar's button and waits for the login page. */
    protected void logout(WebDriver driver) {
        var button = By.cssSelector("form[action$='/logout'] button");
        if (driver.findElements(button).isEmpty()) {
            driver.get(url("/login")); // every page with the top bar has the button; the login page always has the bar
        }
        click(driver, button);
        new WebDriverWait(driver, WAIT).until(ExpectedConditions.urlContains("/login"));
    }

    protected void logout() {
        logout(desktop());
    }

    protected WebElement waitFor(WebDriver driver, By by) {
        return new WebDriverWait(driver, WAIT).until(ExpectedConditions.visibilityOfElementLocated(by));
    }

    protected WebElement waitFor(By by) {
        return waitFor(desktop(), by);
    }

    protected void click(WebDriver driver, By by) {
        new WebDriverWait(driver, WAIT).until(ExpectedConditions.elementToBeClickable(by)).click();
    }

    protected void click(By by) {
        click(desktop(), by);
    }

    protected void waitForText(WebDriver driver, By by, String text) {
        new WebDriverWait(driver, WAIT).until(ExpectedConditions.textToBePresentInElementLocated(by, text));
    }

    /** Writes a PNG of what the browser shows to {@code target/screenshots/<name>.png}. */
    protected Path screenshot(WebDriver driver, String name) {
        return save(driver, name);
    }

    protected Path screenshot(String name) {
        return save(desktop(), name);
    }

    /** The whole length of the desktop page in one PNG (the viewport stretched to the page's height for the shot). */
    protected Path fullPageScreenshot(String name) {
        var driver = desktop();
        long height = ((Number) driver.executeScript("return document.documentElement.scrollHeight")).longValue();
        long width = ((Number) driver.executeScript("return window.innerWidth")).longValue();
        driver.executeCdpCommand("Emulation.setDeviceMetricsOverride", Map.of("width", width,
                "height", Math.min(height, 4000), "deviceScaleFactor", 1, "mobile", false));
        try {
            settle();
            return save(driver, name);
        } finally {
            driver.executeCdpCommand("Emulation.clearDeviceMetricsOverride", Map.of());
        }
    }

    /** One bounded pause for what no element announces: maps redrawing after a resize, chart animations. */
    protected static void settle() {
        try {
            Thread.sleep(1200);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    static Path save(WebDriver driver, String name) {
        try {
            Files.createDirectories(SCREENSHOTS);
            var file = SCREENSHOTS.resolve(name + ".png");
            Files.write(file, ((ChromeDriver) driver).getScreenshotAs(OutputType.BYTES));
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Severe messages the page wrote to the browser console (script errors, failed requests, a missing favicon). */
    protected List<String> consoleErrors(WebDriver driver) {
        return driver.manage().logs().get(LogType.BROWSER).getAll().stream()
                .filter(entry -> entry.getLevel().intValue() >= java.util.logging.Level.SEVERE.intValue())
                .map(entry -> entry.getMessage()).toList();
    }

    /** axe-core on the page shown: fails listing every serious or critical violation ({@link Axe}). */
    protected void accessible(WebDriver driver, String state) {
        Axe.assertClean(driver, state);
    }

    protected void grantGeolocation(ChromeDriver driver) {
        driver.executeCdpCommand("Browser.grantPermissions",
                Map.of("permissions", List.of("geolocation"), "origin", url("")));
    }

    /** The script put before every page of a driver that stands somewhere (see {@link #standAt}). */
    private static final Map<ChromeDriver, String> POSITION_SCRIPTS = new java.util.concurrent.ConcurrentHashMap<>();

    /**
     * Emulated GPS: the phone reports this position to {@code navigator.geolocation}, on the page shown and on every
     * page opened after. DevTools' own override ({@code Emulation.setGeolocationOverride}) is set too, but headless
     * Chromium 156 no longer answers {@code getCurrentPosition} from it, so the position is also given to the pages
     * by a script run before theirs, as a phone's GPS would: asynchronously, with an accuracy of 8 m.
     */
    protected void standAt(ChromeDriver driver, LatLng point) {
        driver.executeCdpCommand("Emulation.setGeolocationOverride",
                Map.of("latitude", point.latitude(), "longitude", point.longitude(), "accuracy", 8));
        var script = "(() => { const at = { coords: { latitude: " + point.latitude() + ", longitude: " + point.longitude()
                + ", accuracy: 8, altitude: null, altitudeAccuracy: null, heading: null, speed: null }, timestamp: Date.now() };"
                + " const geo = navigator.geolocation; if (!geo) return;"
                + " geo.getCurrentPosition = (ok) => setTimeout(() => ok(at), 50);"
                + " geo.watchPosition = (ok) => { setTimeout(() => ok(at), 50); return 1; };"
                + " geo.clearWatch = () => {}; })();";
        var old = POSITION_SCRIPTS.remove(driver);
        if (old != null) {
            driver.executeCdpCommand("Page.removeScriptToEvaluateOnNewDocument", Map.of("identifier", old));
        }
        var added = driver.executeCdpCommand("Page.addScriptToEvaluateOnNewDocument", Map.of("source", script));
        POSITION_SCRIPTS.put(driver, String.valueOf(added.get("identifier")));
        driver.executeScript(script);
    }

    /** No signal (true) or signal back (false), as the DevTools network panel's "Offline". */
    protected void offline(ChromeDriver driver, boolean offline) {
        driver.executeCdpCommand("Network.enable", Map.of());
        driver.executeCdpCommand("Network.emulateNetworkConditions", Map.of("offline", offline, "latency", 0,
                "downloadThroughput", -1, "uploadThroughput", -1));
    }

    /** A small picture (PNG, 320×240) in a temp folder, for the photo inputs. */
    protected Path photoFile(String name) {
        try {
            var file = Files.createTempDirectory("urbangrid-photo-").resolve(name + ".png");
            Files.write(file, SitePhoto.png(name));
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
