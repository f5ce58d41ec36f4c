package org.urbangrid.board.web;


import org.springframework.stereotype.Component;
import org.springframework.ui.Model;
import org.urbangrid.grid.Grids;
import org.urbangrid.platform.MapBaseLayerProperties;

/**
 * What the board's map reads (templates/board/parts.html :: map): the configured external base map, if any, and the
 * district's box (WGS84 {@code minLng,minLat,maxLng,maxLat}), kept until the grids change.
 */
@Component
class BoardMapModel {

    private final MapBaseLayerProperties baseLayer;
    private final Grids grids;

    BoardMapModel(MapBaseLayerProperties baseLayer, Grids grids) {
        this.baseLayer = baseLayer;
        this.grids = grids;
    }

    void addTo(Model model) {
        model.addAttribute("mapBaseLayer", baseLayer);
        model.addAttribute("mapDistrictBox", grids.districtBox());
    }
}
