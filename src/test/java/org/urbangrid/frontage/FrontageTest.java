package org.urbangrid.frontage;

class FrontageTest extends FrontageContract {}
