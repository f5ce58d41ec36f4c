package org.urbangrid.console.web;

import java.util.Locale;

import org.springframework.context.event.EventListener;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.urbangrid.grid.GridLevel;
import org.urbangrid.grid.Grids;
import org.urbangrid.grid.GridsChanged;
import org.urbangrid.platform.MapBaseLayerProperties;

/**
 * What every console and phone page's maps read (templates/cases/map-parts.html): the external base map, if any, and
 * the district's box (WGS84 {@code minLng,minLat,maxLng,maxLat}), kept until the grids change.
 */
@ControllerAdvice(basePackages = "org.urbangrid.console")
class MapModel {

    private final MapBaseLayerProperties baseLayer;
    private final Grids grids;
    private volatile String districtBox;

    MapModel(MapBaseLayerProperties baseLayer, Grids grids) {
        this.baseLayer = baseLayer;
        this.grids = grids;
    }

    @ModelAttribute("mapBaseLayer")
    MapBaseLayerProperties mapBaseLayer() {
        return baseLayer;
    }

    @ModelAttribute("mapDistrictBox")
    String districtBox() {
        var box = districtBox;
        if (box == null) {
            box = grids.ofLevel(GridLevel.DISTRICT).stream().findFirst()
                    .flatMap(d -> grids.geometryOf(d.code()))
                    .map(g -> g.getEnvelopeInternal())
                    .map(e -> String.format(Locale.ROOT, "%.6f,%.6f,%.6f,%.6f", e.getMinX(), e.getMinY(), e.getMaxX(),
                            e.getMaxY()))
                    .orElse("");
            districtBox = box;
        }
        return box;
    }

    @EventListener
    void on(GridsChanged changed) {
        districtBox = null;
    }
}
