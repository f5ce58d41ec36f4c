package org.urbangrid.grid;

/** A named road, place or building of the gazetteer. */
public record Place(long id, String name, PlaceKind kind, double latitude, double longitude, String unitGridCode) {}
