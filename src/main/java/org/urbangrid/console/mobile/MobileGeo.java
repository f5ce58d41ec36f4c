package org.urbangrid.console.mobile;

import java.util.Locale;
import java.util.stream.Collectors;

import org.springframework.context.MessageSource;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.urbangrid.grid.Gazetteer;
import org.urbangrid.grid.GridLocator;
import org.urbangrid.grid.Grid;
import org.urbangrid.grid.Grids;
import org.urbangrid.organization.CurrentStaff;
import org.urbangrid.organization.Organization;
import org.urbangrid.organization.Role;
import org.urbangrid.platform.UrbanGridException;

/** The maps' data for the phone pages: grid outlines as GeoJSON and where a position falls. */
@RestController
@RequestMapping("/m")
class MobileGeo {

    private static final MediaType GEO_JSON = MediaType.parseMediaType("application/geo+json");

    private final Grids grids;
    private final GridLocator locator;
    private final Gazetteer gazetteer;
    private final Organization organization;
    private final CurrentStaff current;
    private final MessageSource messages;

    MobileGeo(Grids grids, GridLocator locator, Gazetteer gazetteer, Organization organization, CurrentStaff current,
            MessageSource messages) {
        this.grids = grids;
        this.locator = locator;
        this.gazetteer = gazetteer;
        this.organization = organization;
        this.current = current;
        this.messages = messages;
    }

    /** 责任区: the inspector's unit grids as one FeatureCollection. */
    @GetMapping("/area")
    ResponseEntity<String> area() {
        var me = current.require(Role.INSPECTOR);
        var features = organization.areaOf(me.id()).stream().sorted()
                .map(grids::featureOf).collect(Collectors.joining(","));
        return ResponseEntity.ok().contentType(GEO_JSON)
                .body("{\"type\":\"FeatureCollection\",\"features\":[" + features + "]}");
    }

    @GetMapping("/grids/{code}")
    ResponseEntity<String> grid(@PathVariable String code) {
        current.require(Role.INSPECTOR);
        return ResponseEntity.ok().contentType(GEO_JSON).body(grids.featureOf(code));
    }

    @GetMapping("/locate")
    WhereView locate(@RequestParam double lat, @RequestParam double lng, Locale locale) {
        var me = current.require(Role.INSPECTOR);
        if (Math.abs(lat) > 90 || Math.abs(lng) > 180) {
            throw UrbanGridException.invalid("mobile.error.position");
        }
        try {
            var location = locator.locate(lat, lng);
            var address = gazetteer.describe(lat, lng);
            var code = location.unitGridCode();
            var name = grids.find(code).map(Grid::localName).orElse(code);
            var inArea = organization.covers(me.id(), code);
            var key = inArea ? "mobile.where.in-area" : "mobile.where.outside-area";
            return new WhereView(true, inArea, code, name, address,
                    messages.getMessage(key, new Object[] {name, code, address}, locale));
        } catch (UrbanGridException outside) {
            return new WhereView(false, false, null, null, null,
                    messages.getMessage("mobile.where.outside-grids", null, locale));
        }
    }
}
