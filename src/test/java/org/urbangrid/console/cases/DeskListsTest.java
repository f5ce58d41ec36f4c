package org.urbangrid.console.cases;

/** The desk lists on H2. */
class DeskListsTest extends DeskListsContract {}
