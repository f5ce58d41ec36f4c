package org.urbangrid.console.web;

import java.util.List;

import org.springframework.stereotype.Component;
import org.urbangrid.grid.LatLng;
import org.urbangrid.grid.NavigationLinks;

/**
 * "Navigate there" links for a stored WGS84 position, read by templates/cases/map-parts.html as
 * {@code @mapLinks.of(lat, lng, name)}: each app gets its own datum ({@link NavigationLinks}).
 */
@Component("mapLinks")
public class MapLinks {

    /** One link: the app's message key ({@code map.nav.amap} …) and its URL. */
    public record Link(String app, String url) {}

    public List<Link> of(double latitude, double longitude, String name) {
        var at = new LatLng(latitude, longitude);
        var label = name == null || name.isBlank() ? "" : name;
        return List.of(new Link("amap", NavigationLinks.amap(at, label)),
                new Link("baidu", NavigationLinks.baidu(at, label, label)),
                new Link("tencent", NavigationLinks.tencent(at, label)),
                new Link("geo", NavigationLinks.geo(at, label)));
    }
}
