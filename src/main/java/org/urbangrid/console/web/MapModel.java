package org.urbangrid.console.web;


import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.urbangrid.grid.Grids;
import org.urbangrid.platform.MapBaseLayerProperties;

/**
 * What every console and phone page's maps read (templates/cases/map-parts.html): the external base map, if any, and
 * the district's box (WGS84 {@code minLng,minLat,maxLng,maxLat}), kept until the grids change.
 */
@ControllerAdvice(basePackages = "org.urbangrid.console")
class MapModel {

    private final MapBaseLayerProperties baseLayer;
    private final Grids grids;

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
        return grids.districtBox();
    }
}
