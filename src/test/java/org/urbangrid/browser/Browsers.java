package org.urbangrid.browser;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;

import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;
import org.springframework.util.FileSystemUtils;

/**
 * Starts headless Debian Chromium through the system chromedriver, never through Selenium Manager
 * (no downloads): a desktop window of 1366×900 or a phone of 375×812 with touch.
 */
final class Browsers {

    static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
    static final int PHONE_WIDTH = 375;
    static final int PHONE_HEIGHT = 812;

    private static final List<String> FLAGS = List.of("--headless=new", "--no-sandbox", "--disable-gpu",
            "--disable-dev-shm-usage", "--disable-quic", "--no-first-run", "--disable-background-networking",
            "--disable-component-update", "--disable-sync", "--lang=zh-CN");

    private Browsers() {}

    static ChromeDriver desktop() {
        return start(options("--window-size=1366,900"));
    }

    static ChromeDriver phone() {
        var options = options("--window-size=" + PHONE_WIDTH + "," + PHONE_HEIGHT);
        options.setExperimentalOption("mobileEmulation", Map.of(
                "deviceMetrics", Map.of("width", PHONE_WIDTH, "height", PHONE_HEIGHT, "pixelRatio", 2.0, "touch", true),
                "userAgent", "Mozilla/5.0 (Linux; Android 14; Pixel 8) AppleWebKit/537.36 (KHTML, like Gecko) "
                        + "Chrome/156.0 Mobile Safari/537.36"));
        return start(options);
    }

    private static ChromeOptions options(String windowSize) {
        var options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        var flags = new ArrayList<>(FLAGS);
        flags.add(windowSize);
        flags.add("--user-data-dir=" + freshProfile());
        options.addArguments(flags);
        options.setExperimentalOption("prefs", Map.of("intl.accept_languages", "zh-CN,zh"));
        var logging = new LoggingPreferences();
        logging.enable(LogType.BROWSER, Level.ALL);
        options.setCapability("goog:loggingPrefs", logging);
        return options;
    }

    private static ChromeDriver start(ChromeOptions options) {
        System.setProperty("webdriver.chrome.driver", CHROMEDRIVER.toString());
        var service = new ChromeDriverService.Builder()
                .usingDriverExecutable(new File(CHROMEDRIVER.toString()))
                .usingAnyFreePort()
                .build();
        return new ChromeDriver(service, options);
    }

    private static String freshProfile() {
        try {
            var dir = Files.createTempDirectory("urbangrid-chrome-");
            Runtime.getRuntime().addShutdownHook(new Thread(() -> FileSystemUtils.deleteRecursively(dir.toFile())));
            return dir.toString();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
