package org.urbangrid.chiefs;

import org.locationtech.jts.geom.Geometry;

/**
 * 路段 / 河段: a road segment or a river reach, a line (LineString or MultiLineString, WGS84) that may cross grids and
 * streets.
 *
 * @param matchDistanceMetres the distance within which a case belongs to it (its own, or its kind's default)
 * @param ownDistance whether the distance is the segment's own (false: the kind's default)
 */
public record Segment(long id, String code, String name, SegmentKind kind, Geometry line, double lengthMetres,
        double matchDistanceMetres, boolean ownDistance) {}
