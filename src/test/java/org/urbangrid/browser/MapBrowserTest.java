package org.urbangrid.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.urbangrid.grid.Coordinates;
import org.urbangrid.grid.LatLng;

/**
 * The maps in Chromium: the grid map's base layer, labels, case points by light and heat at zoom 13, 15 and 17 (the
 * screenshots are looked at), the controls labelled, the phone's map with my position, and the browser's datum
 * conversion against published points.
 */
class MapBrowserTest extends BrowserTest {

    @Test
    void the_grid_map_draws_base_layer_cases_and_heat_at_each_zoom() {
        var cases = apiCases();
        for (int i = 0; i < 6; i++) {
            cases.dispatched("地图:暴露垃圾 " + i);
        }
        // reports spread over the inspector's community, the first half made late by the clock
        var units = grids.children(GRID.substring(0, 12));
        for (int i = 0; i < Math.min(units.size(), 40); i++) {
            var at = grids.centroidOf(units.get(i).code());
            var result = api.post("inspector", "/api/cases", String.format(java.util.Locale.ROOT,
                    "{\"source\":\"INSPECTOR\",\"latitude\":%.7f,\"longitude\":%.7f,\"conditionCode\":\"E0102-01\","
                    + "\"description\":\"地图:散布的暴露垃圾 %d\",\"photoIds\":[\"%s\"]}", at.latitude(), at.longitude(), i, cases.photo("inspector", "before")));
            assertThat(result).as(org.urbangrid.support.Api.body(result)).hasStatus(201);
            if (i == 20) {
                clock.advance(Duration.ofHours(3));
            }
        }
        login("leader");
        desktop().get(url("/console/map"));
        var map = waitFor(By.cssSelector("#grid-map[data-case-points]"));
        assertThat(map.getAttribute("role")).isEqualTo("region");
        assertThat(map.getAttribute("aria-label")).isEqualTo("网格地图");
        assertThat(desktop().findElement(By.cssSelector("#grid-map .leaflet-control-layers-toggle")).getAttribute("aria-label"))
                .isEqualTo("图层");
        assertThat(desktop().findElement(By.cssSelector("#grid-map .leaflet-control-zoom-in")).getAttribute("title"))
                .isEqualTo("放大");
        assertThat(desktop().findElements(By.cssSelector("#grid-map .leaflet-control-layers-overlays label")))
                .extracting(e -> e.getAttribute("textContent").strip()).contains("网格", "在办案件", "案件热力");
        var centre = grids.centroidOf(GRID);
        for (int zoom : new int[] {13, 15, 17}) {
            show(zoom, centre.latitude(), centre.longitude());
            screenshot("70-map-zoom-" + zoom);
        }
        show(17, centre.latitude(), centre.longitude());
        assertThat(Integer.parseInt(map.getAttribute("data-case-points"))).isGreaterThanOrEqualTo(6);
        assertThat(desktop().findElements(By.cssSelector("#grid-map .ug-case-green, #grid-map .ug-cluster"))).isNotEmpty();
        desktop().executeScript("const m = UrbanGridMap.maps[0]; m.removeLayer(m.ugCases.cluster); m.addLayer(m.ugCases.heat); m.setZoom(15, {animate: false});");
        settle();
        Number heated = (Number) desktop().executeScript("const c = document.querySelector('#grid-map .ug-heat');"
                + " const d = c.getContext('2d').getImageData(0, 0, c.width, c.height).data; let n = 0;"
                + " for (let i = 3; i < d.length; i += 4) if (d[i]) n++; return n;");
        assertThat(heated.intValue()).as("heat pixels").isGreaterThan(500);
        screenshot("71-map-heat");
        assertThat(consoleErrors(desktop())).isEmpty();
    }

    @Test
    void the_phone_map_shows_my_position_and_picks_in_wgs84() {
        login(phone(), "inspector");
        phone().get(url("/m/report"));
        var map = waitFor(phone(), By.cssSelector("#report-map[data-my-position]"));
        assertThat(map.getAttribute("role")).isEqualTo("region");
        var here = grids.centroidOf(GRID);
        var at = map.getAttribute("data-my-position").split(",");
        assertThat(Double.parseDouble(at[0])).isCloseTo(here.latitude(), org.assertj.core.data.Offset.offset(1e-5));
        ((ChromeDriver) phone()).executeScript("const m = UrbanGridMap.maps[0]; m.setView(m.toMap(arguments[0], arguments[1]), 16, {animate: false});",
                here.latitude(), here.longitude());
        settle();
        screenshot(phone(), "72-phone-report-map");
        assertThat(consoleErrors(phone())).isEmpty();
    }

    @Test
    void the_browsers_datum_conversion_is_the_servers_on_published_points() {
        login("leader");
        desktop().get(url("/console/map"));
        waitFor(By.cssSelector("#grid-map"));
        // eviltransform's city pairs, coordtransform's 天安门, the demo district, and places outside China (unchanged)
        double[][] points = {{31.1774276, 121.5272106}, {22.543847, 113.912316}, {39.911954, 116.377817}, {39.915, 116.404},
                {38.8874, 121.5182}, {38.9, 121.48}, {51.5007, -0.1246}, {-33.86, 151.21}};
        for (var p : points) {
            var wgs = new LatLng(p[0], p[1]);
            var gcj = Coordinates.wgs84ToGcj02(wgs);
            var bd = Coordinates.wgs84ToBd09(wgs);
            close(js("wgs84ToGcj02", p[0], p[1]), gcj, 1e-9);
            close(js("gcj02ToWgs84", gcj.latitude(), gcj.longitude()), Coordinates.gcj02ToWgs84(gcj), 1e-9);
            close(js("gcj02ToWgs84", gcj.latitude(), gcj.longitude()), wgs, 1e-6);
            close(js("wgs84ToBd09", p[0], p[1]), bd, 1e-9);
            close(js("bd09ToWgs84", bd.latitude(), bd.longitude()), Coordinates.bd09ToWgs84(bd), 1e-9);
        }
        // the published GCJ-02 of 天安门 (coordtransform's test), so both sides are also right, not only equal
        close(js("wgs84ToGcj02", 39.915, 116.404), new LatLng(39.91640428150164, 116.41024449916938), 1e-7);
        close(js("gcj02ToBd09", 39.915, 116.404), new LatLng(39.92133699351021, 116.41036949371029), 1e-7);
    }

    @SuppressWarnings("unchecked")
    private List<Number> js(String function, double lat, double lng) {
        return (List<Number>) desktop().executeScript("return UrbanGridMap.Coordinates." + function
                + "(arguments[0], arguments[1])", lat, lng);
    }

    private static void close(List<Number> js, LatLng java, double tolerance) {
        assertThat(js.get(0).doubleValue()).isCloseTo(java.latitude(), org.assertj.core.data.Offset.offset(tolerance));
        assertThat(js.get(1).doubleValue()).isCloseTo(java.longitude(), org.assertj.core.data.Offset.offset(tolerance));
    }

    /** Centres the grid map at a zoom and waits for the base layer drawn for that view. */
    private void show(int zoom, double lat, double lng) {
        desktop().executeScript("const m = UrbanGridMap.maps[0]; m.setView(m.toMap(arguments[0], arguments[1]), arguments[2], {animate: false});",
                lat, lng, zoom);
        new WebDriverWait(desktop(), Duration.ofSeconds(15)).until(d -> String.valueOf(
                ((ChromeDriver) d).executeScript("return document.getElementById('grid-map').dataset.baseLoaded || ''"))
                .startsWith(zoom + "|"));
        settle();
    }
}
