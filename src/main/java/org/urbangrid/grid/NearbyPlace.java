package org.urbangrid.grid;

/** A gazetteer place and its distance in metres from the position asked about. */
public record NearbyPlace(Place place, double distanceMetres) {}
