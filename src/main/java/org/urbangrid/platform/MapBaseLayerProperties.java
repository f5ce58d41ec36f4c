package org.urbangrid.platform;

import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * An external base map for production (e.g. 天地图): tiles from any XYZ template or WMTS GetTile template. Unset, the
 * maps draw the platform's own vector base layer ({@code /api/map/base}); set, the tiles are shown and the own layer
 * is the fallback when they do not load.
 *
 * @param url tile URL template with {@code {z}}, {@code {x}}, {@code {y}} (WMTS: {@code TILEMATRIX={z}&TILEROW={y}&
 *     TILECOL={x}}), optionally {@code {s}} for a subdomain and {@code {key}} for the key
 * @param key substituted for {@code {key}} (a browser key: it is sent with every tile request)
 * @param crs the datum of the tiles: {@code WGS84} (also CGCS2000, e.g. 天地图) or {@code GCJ02} (高德, 腾讯)
 * @param attribution shown in the map's corner (e.g. "© 天地图")
 * @param subdomains substituted for {@code {s}} in turn
 * @param maxZoom the highest zoom the tiles exist for
 * @param labelsUrl optional second tile layer drawn on top (天地图's annotation layer cva/cia), same placeholders
 */
@ConfigurationProperties("urbangrid.map.base-layer")
public record MapBaseLayerProperties(String url, String key, Crs crs, String attribution, List<String> subdomains,
        Integer maxZoom, String labelsUrl) {

    /** The datum tiles are drawn in. */
    public enum Crs { WGS84, GCJ02 }

    public MapBaseLayerProperties {
        url = blankToNull(url);
        labelsUrl = blankToNull(labelsUrl);
        key = key == null ? "" : key.strip();
        crs = crs == null ? Crs.WGS84 : crs;
        attribution = attribution == null ? "" : attribution.strip();
        subdomains = subdomains == null ? List.of() : subdomains.stream().map(String::strip).filter(s -> !s.isEmpty()).toList();
        maxZoom = maxZoom == null ? 18 : maxZoom;
        if (url != null) {
            checkTemplate("urbangrid.map.base-layer.url", url);
        }
        if (labelsUrl != null) {
            checkTemplate("urbangrid.map.base-layer.labels-url", labelsUrl);
        }
        if (maxZoom < 1 || maxZoom > 22) {
            throw new IllegalArgumentException("urbangrid.map.base-layer.max-zoom must be 1 to 22, not " + maxZoom);
        }
    }

    /** No external map: the platform's own base layer only. */
    public static MapBaseLayerProperties none() {
        return new MapBaseLayerProperties(null, null, null, null, null, null, null);
    }

    public boolean configured() {
        return url != null;
    }

    /** The tile template as Leaflet reads it: {@code {key}} filled in, the other placeholders kept. */
    public String template() {
        return fill(url);
    }

    /** The annotation tile template, or null. */
    public String labelsTemplate() {
        return labelsUrl == null ? null : fill(labelsUrl);
    }

    /**
     * The origins tiles come from ({@code https://t0.tianditu.gov.cn}, one per subdomain), for the
     * Content-Security-Policy's {@code img-src}; empty when nothing is configured.
     */
    public List<String> tileOrigins() {
        var origins = new LinkedHashSet<String>();
        for (var template : new String[] {url, labelsUrl}) {
            if (template == null) {
                continue;
            }
            var hosts = new ArrayList<String>();
            if (template.contains("{s}") && !subdomains.isEmpty()) {
                subdomains.forEach(s -> hosts.add(template.replace("{s}", s)));
            } else {
                hosts.add(template.replace("{s}", "a"));
            }
            for (var filled : hosts) {
                var uri = URI.create(filled.replaceAll("\\{[^}]*}", "0"));
                origins.add(uri.getScheme().toLowerCase(Locale.ROOT) + "://" + uri.getRawAuthority());
            }
        }
        return List.copyOf(origins);
    }

    private String fill(String template) {
        return template.replace("{key}", URLEncoder.encode(key, StandardCharsets.UTF_8));
    }

    private static void checkTemplate(String property, String template) {
        if (!template.contains("{z}") || !template.contains("{x}") || !template.contains("{y}")) {
            throw new IllegalArgumentException(property + " must contain {z}, {x} and {y}: " + template);
        }
        URI uri;
        try {
            uri = URI.create(template.replaceAll("\\{[^}]*}", "0"));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(property + " is not a URL: " + template, e);
        }
        if (!"https".equalsIgnoreCase(uri.getScheme()) && !"http".equalsIgnoreCase(uri.getScheme())
                || uri.getRawAuthority() == null || uri.getRawAuthority().isBlank()) {
            throw new IllegalArgumentException(property + " must be an http(s) URL with a host: " + template);
        }
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
