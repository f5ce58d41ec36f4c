package org.urbangrid.board.web;

import java.util.Locale;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;
import org.urbangrid.grid.GridLevel;
import org.urbangrid.grid.Grids;
import org.urbangrid.grid.GridsChanged;
import org.urbangrid.platform.MapBaseLayerProperties;

/**
 * What the board's map reads (templates/board/parts.html :: map): the configured external base map, if any, and the
 * district's box (WGS84 {@code minLng,minLat,maxLng,maxLat}), kept until the grids change.
 */
@Component
class BoardMapModel {

    private final MapBaseLayerProperties baseLayer;
    private final Grids grids;
    private volatile String districtBox;

    BoardMapModel(MapBaseLayerProperties baseLayer, Grids grids) {
        this.baseLayer = baseLayer;
        this.grids = grids;
    }

    void addTo(Model model) {
        model.addAttribute("mapBaseLayer", baseLayer);
        model.addAttribute("mapDistrictBox", districtBox());
    }

    private String districtBox() {
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
