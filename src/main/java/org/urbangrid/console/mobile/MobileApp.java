package org.urbangrid.console.mobile;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.springframework.context.MessageSource;
import org.springframework.core.io.ClassPathResource;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The phone pages as an installable web app: the manifest (name, icons, start at {@code /m}, standalone) and the
 * service worker that lets them open without signal. Both are public, like the style sheets: they hold no data of
 * anyone; the worker's scope is {@code /m} (the tasks page itself and everything under it), which its
 * {@code Service-Worker-Allowed} header permits.
 */
@RestController
class MobileApp {

    static final MediaType MANIFEST = MediaType.parseMediaType("application/manifest+json");
    static final MediaType JAVASCRIPT = MediaType.parseMediaType("text/javascript;charset=UTF-8");
    static final String THEME = "#0b5cad";

    private final MessageSource messages;
    private final String worker;

    MobileApp(MessageSource messages) {
        this.messages = messages;
        try {
            this.worker = new ClassPathResource("mobile-app/sw.js").getContentAsString(StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @GetMapping("/m/manifest.webmanifest")
    ResponseEntity<Map<String, Object>> manifest(Locale locale) {
        var manifest = new LinkedHashMap<String, Object>();
        manifest.put("name", messages.getMessage("mobile.app.name", null, locale));
        manifest.put("short_name", messages.getMessage("mobile.app.shortName", null, locale));
        manifest.put("description", messages.getMessage("mobile.app.description", null, locale));
        manifest.put("lang", locale.getLanguage().equals("en") ? "en" : "zh-CN");
        manifest.put("id", "/m");
        manifest.put("start_url", "/m");
        manifest.put("scope", "/m");
        manifest.put("display", "standalone");
        manifest.put("orientation", "portrait");
        manifest.put("theme_color", THEME);
        manifest.put("background_color", "#f4f6f8");
        manifest.put("icons", List.of(
                icon("/img/mobile-icon-192.png", "192x192", "any"),
                icon("/img/mobile-icon-512.png", "512x512", "any"),
                icon("/img/mobile-icon-192-maskable.png", "192x192", "maskable"),
                icon("/img/mobile-icon-512-maskable.png", "512x512", "maskable")));
        return ResponseEntity.ok().contentType(MANIFEST).cacheControl(CacheControl.noCache()).body(manifest);
    }

    /** Always revalidated: a changed worker reaches the phones on their next visit. */
    @GetMapping("/m/sw.js")
    ResponseEntity<String> worker() {
        return ResponseEntity.ok().contentType(JAVASCRIPT).cacheControl(CacheControl.noCache())
                .header("Service-Worker-Allowed", "/m").body(worker);
    }

    private static Map<String, String> icon(String src, String sizes, String purpose) {
        return Map.of("src", src, "sizes", sizes, "type", "image/png", "purpose", purpose);
    }
}
