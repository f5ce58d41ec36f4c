package org.urbangrid.browser;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;

/**
 * axe-core (the WebJar on the test classpath) run on the page the browser shows: every violation of impact
 * serious or critical, with its rule, impact, the CSS selectors of the offending elements and axe's help text.
 * {@link #assertClean} fails with that list; {@link #violations} returns it for a test that gathers several pages.
 * Every page checked is also written, with what axe found, to {@code target/axe/pages.txt}.
 */
final class Axe {

    static final String VERSION = "4.6.3";
    static final Set<String> FAILING = Set.of("serious", "critical");
    static final Path LOG = Path.of("target", "axe", "pages.txt");

    private static String source;

    private Axe() {}

    /** One rule broken on one page: the rule, its impact, the elements (CSS selectors) and what axe says to do. */
    record Violation(String page, String rule, String impact, List<String> targets, String help) {
        @Override
        public String toString() {
            return page + ": [" + impact + "] " + rule + " — " + help + "\n      " + String.join("\n      ", targets);
        }
    }

    /** Fails when axe finds a serious or critical violation on the current page. */
    static void assertClean(WebDriver driver, String page) {
        var found = violations(driver, page);
        if (!found.isEmpty()) {
            throw new AssertionError(found.size() + " serious/critical accessibility violation(s) on " + page + ":\n  "
                    + found.stream().map(Violation::toString).collect(Collectors.joining("\n  ")));
        }
    }

    /** The serious and critical violations axe finds on the current page (injecting axe first when needed). */
    @SuppressWarnings("unchecked")
    static List<Violation> violations(WebDriver driver, String page) {
        var js = (JavascriptExecutor) driver;
        if (!Boolean.TRUE.equals(js.executeScript("return typeof window.axe === 'object'"))) {
            js.executeScript(source());
        }
        var result = js.executeAsyncScript("""
                const done = arguments[arguments.length - 1];
                window.axe.run(document, {resultTypes: ['violations']})
                    .then(r => done(r.violations.map(v => ({id: v.id, impact: v.impact, help: v.help,
                        targets: v.nodes.filter(n => n.impact === 'serious' || n.impact === 'critical'
                                || v.impact === 'serious' || v.impact === 'critical')
                            .map(n => n.target.join(' ') + (n.failureSummary
                                ? '  (' + n.failureSummary.replace(/\\s+/g, ' ').slice(0, 160) + ')' : ''))}))))
                    .catch(e => done([{id: 'axe-error', impact: 'critical', help: String(e), targets: []}]));
                """);
        var found = new ArrayList<Violation>();
        for (var v : (List<Map<String, Object>>) result) {
            var impact = String.valueOf(v.get("impact"));
            if (FAILING.contains(impact)) {
                found.add(new Violation(page, (String) v.get("id"), impact, (List<String>) v.get("targets"),
                        (String) v.get("help")));
            }
        }
        log(page, driver.getCurrentUrl(), found);
        return found;
    }

    private static synchronized void log(String page, String url, List<Violation> found) {
        try {
            Files.createDirectories(LOG.getParent());
            var text = new StringBuilder(page + "  " + url + "  " + found.size() + " violation(s)\n");
            found.forEach(v -> text.append("  ").append(v).append('\n'));
            Files.writeString(LOG, text, StandardCharsets.UTF_8, StandardOpenOption.CREATE, StandardOpenOption.APPEND);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static synchronized String source() {
        if (source == null) {
            var path = "META-INF/resources/webjars/axe-core/" + VERSION + "/axe.min.js";
            try (InputStream in = Axe.class.getClassLoader().getResourceAsStream(path)) {
                if (in == null) {
                    throw new IllegalStateException(path + " not on the test classpath");
                }
                source = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return source;
    }
}
