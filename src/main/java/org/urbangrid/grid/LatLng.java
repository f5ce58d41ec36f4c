package org.urbangrid.grid;

/** A WGS84 position (纬度, 经度). */
public record LatLng(double latitude, double longitude) {}
