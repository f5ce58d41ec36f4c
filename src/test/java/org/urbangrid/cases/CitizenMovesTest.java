package org.urbangrid.cases;

/** Channel and citizen moves on H2. */
class CitizenMovesTest extends CitizenMovesContract {}
