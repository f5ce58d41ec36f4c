package org.urbangrid.cases;

/** Duplicates, merge and separate on H2. */
class DuplicatesTest extends DuplicatesContract {}
