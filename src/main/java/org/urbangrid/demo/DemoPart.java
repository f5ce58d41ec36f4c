package org.urbangrid.demo;

/**
 * One more part of the demo district, loaded on the first start after the grids, staff, components and routing rules
 * and before the last days are played (so the played cases meet it). Parts load in {@code @Order}.
 */
interface DemoPart {

    void load();
}
