package org.urbangrid.demo;

import org.springframework.stereotype.Component;
import org.urbangrid.grid.Grids;
import org.urbangrid.grid.BaseMap;

/**
 * Demo grids (演示网格) and gazetteer: the 大连高新区 district of seed 000 with its 4 streets, 16 communities
 * and 1,120 unit grids of about 10,000 m², imported through {@link Grids}, then its base map ({@link DemoBaseMap})
 * through {@link BaseMap}, which gives the gazetteer its named roads, places and buildings.
 */
@Component
public class DemoGrids {

    public static final String DISTRICT = "210231";

    private final Grids grids;
    private final BaseMap baseMap;

    DemoGrids(Grids grids, BaseMap baseMap) {
        this.grids = grids;
        this.baseMap = baseMap;
    }

    public void load() {
        grids.importGeoJson(DemoDistrict.geoJson());
        loadBaseMap();
    }

    /** The demo base map, through the same import as a city's file; the gazetteer's roads and places come with it. */
    public void loadBaseMap() {
        baseMap.importGeoJson(DemoBaseMap.geoJson(), "demo 210231");
    }

}
