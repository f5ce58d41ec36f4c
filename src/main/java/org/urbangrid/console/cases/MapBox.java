package org.urbangrid.console.cases;

import org.urbangrid.platform.UrbanGridException;

/** A WGS84 box from {@code bbox=minLng,minLat,maxLng,maxLat}, checked: four finite numbers, in range, min below max. */
record MapBox(double minLng, double minLat, double maxLng, double maxLat) {

    static MapBox parse(String bbox) {
        if (bbox == null || bbox.isBlank()) {
            throw invalid(bbox);
        }
        var parts = bbox.split(",", -1);
        if (parts.length != 4) {
            throw invalid(bbox);
        }
        var v = new double[4];
        for (int i = 0; i < 4; i++) {
            try {
                v[i] = Double.parseDouble(parts[i].strip());
            } catch (NumberFormatException e) {
                throw invalid(bbox);
            }
            if (!Double.isFinite(v[i])) {
                throw invalid(bbox);
            }
        }
        if (v[0] < -180 || v[2] > 180 || v[1] < -90 || v[3] > 90 || v[0] >= v[2] || v[1] >= v[3]) {
            throw invalid(bbox);
        }
        return new MapBox(v[0], v[1], v[2], v[3]);
    }

    private static UrbanGridException invalid(String bbox) {
        return UrbanGridException.invalid("error.map.bbox", bbox == null ? "" : bbox).with("field", "bbox");
    }
}
