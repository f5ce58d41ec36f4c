package org.urbangrid.open311;

/** Open311 GeoReport v2 on H2. */
class Open311Test extends Open311Contract {}
