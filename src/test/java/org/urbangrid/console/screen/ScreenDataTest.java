package org.urbangrid.console.screen;

/** The screen's data on H2. */
class ScreenDataTest extends ScreenDataContract {}
