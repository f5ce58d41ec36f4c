package org.urbangrid.grid;

import java.util.List;

/** Published after an import changed grids (after commit listeners rebuild their indexes). */
public record GridsChanged(List<String> codes) {}
