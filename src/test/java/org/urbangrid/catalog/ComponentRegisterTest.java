package org.urbangrid.catalog;

class ComponentRegisterTest extends ComponentRegisterContract {}
