package org.urbangrid.console.mobile;

/**
 * Where a tapped or GPS position falls, for the inspector to see before sending.
 *
 * @param inside whether the position lies in any unit grid
 * @param inArea whether that grid is in the inspector's own responsibility area (责任区)
 * @param message a sentence the page shows as is
 */
record WhereView(boolean inside, boolean inArea, String unitGridCode, String unitGridName, String address,
        String message) {}
